package com.samiatarot.identity.api;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.shared.api.Money;
import com.samiatarot.identity.domain.ProfileFields;
import com.samiatarot.identity.domain.Profiles;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.web.RequestInfo;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * {@code /api/v1/profiles/me}. PUT updates the fields present in the body (absent ones are kept; null
 * clears); fields of another profile type, derived figures and account fields are refused by name.
 */
@Path("/api/v1/profiles")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ProfileResource {

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> DAYS = Set.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private final Profiles profiles;
    private final CurrentCaller currentCaller;
    private final RequestInfo requestInfo;

    public ProfileResource(Profiles profiles, CurrentCaller currentCaller, RequestInfo requestInfo) {
        this.profiles = profiles;
        this.currentCaller = currentCaller;
        this.requestInfo = requestInfo;
    }

    @GET
    @Path("/me")
    public Uni<ProfileResponse> mine() {
        return profiles.mine(currentCaller.require()).map(ProfileResponse::of);
    }

    @PUT
    @Path("/me")
    public Uni<ProfileResponse> update(JsonNode body) {
        var caller = currentCaller.require();
        JsonFields.checkNames(body, ProfileFields.all(), ProfileFields.PROTECTED, "PUT /profiles/me");
        Map<String, Object> changes = new LinkedHashMap<>();
        body.fields().forEachRemaining(field -> changes.put(field.getKey(), parse(field.getKey(), field.getValue())));
        return profiles.update(caller, changes, requestInfo.eventContext()).map(ProfileResponse::of);
    }

    static Object parse(String field, JsonNode value) {
        return switch (field) {
            case "specializations" -> JsonFields.strings(value, field, 20, 50);
            case "certifications" -> JsonFields.strings(value, field, 20, 200);
            case "adminPermissions" -> JsonFields.strings(value, field, 50, 100);
            case "experienceYears" -> JsonFields.integer(value, field, 0, 100);
            case "readingRate" -> rate(value, field);
            case "availabilitySchedule" -> schedule(value, field);
            case "languages" -> languages(value, field);
            case "preferredReaders" -> JsonFields.uuids(value, field, 50);
            case "department" -> JsonFields.text(value, field, 100, true, false);
            case "birthChartData", "socialLinks", "notificationPreferences", "privacySettings" -> JsonFields.object(value, field, true);
            default -> throw DomainException.invalidField(field, "is not accepted here");
        };
    }

    /** Money per minute: {"amount":"1.50","currency":"USD"}, at most two decimals, never negative. */
    private static BigDecimal rate(JsonNode value, String field) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isObject() || !value.path("amount").isTextual() || !value.path("currency").isTextual() || value.size() != 2) {
            throw DomainException.invalidField(field, "must be {\"amount\": \"1.50\", \"currency\": \"USD\"}");
        }
        if (!Money.PLATFORM_CURRENCY.equals(value.path("currency").asText())) {
            throw DomainException.invalidField(field + ".currency", "must be " + Money.PLATFORM_CURRENCY);
        }
        BigDecimal amount = JsonFields.decimal(value.path("amount"), field + ".amount");
        if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("99999999.99")) > 0) {
            throw DomainException.invalidField(field + ".amount", "must be a non-negative amount with at most two decimals");
        }
        return amount.setScale(2);
    }

    private static List<String> languages(JsonNode value, String field) {
        List<String> codes = JsonFields.strings(value, field, 20, 2);
        if (codes != null) {
            for (String code : codes) {
                if (!ISO_LANGUAGES.contains(code)) {
                    throw DomainException.invalidField(field, "'" + code + "' is not an ISO 639-1 language code");
                }
            }
        }
        return codes;
    }

    /** Weekly slots: [{"day":"mon","start":"09:00","end":"12:00"}], start before end, no overlap on a day. */
    private static List<Map<String, Object>> schedule(JsonNode value, String field) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isArray() || value.size() > 70) {
            throw DomainException.invalidField(field, "must be an array of at most 70 weekly slots");
        }
        List<Map<String, Object>> slots = new ArrayList<>();
        Map<String, List<LocalTime[]>> byDay = new LinkedHashMap<>();
        for (JsonNode slot : value) {
            if (!slot.isObject() || slot.size() != 3 || !DAYS.contains(slot.path("day").asText())) {
                throw DomainException.invalidField(field, "each slot is {\"day\": mon..sun, \"start\": \"HH:mm\", \"end\": \"HH:mm\"}");
            }
            LocalTime start;
            LocalTime end;
            try {
                start = LocalTime.parse(slot.path("start").asText());
                end = LocalTime.parse(slot.path("end").asText());
            } catch (DateTimeParseException e) {
                throw DomainException.invalidField(field, "slot times must be HH:mm");
            }
            if (!start.isBefore(end)) {
                throw DomainException.invalidField(field, "a slot must start before it ends");
            }
            String day = slot.path("day").asText();
            for (LocalTime[] other : byDay.computeIfAbsent(day, d -> new ArrayList<>())) {
                if (start.isBefore(other[1]) && other[0].isBefore(end)) {
                    throw DomainException.invalidField(field, "slots on " + day + " overlap");
                }
            }
            byDay.get(day).add(new LocalTime[] {start, end});
            slots.add(Map.of("day", day, "start", start.toString(), "end", end.toString()));
        }
        return slots;
    }
}
