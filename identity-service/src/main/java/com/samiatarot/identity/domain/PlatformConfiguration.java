package com.samiatarot.identity.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.identity.events.IdentityEvents;
import com.samiatarot.identity.persistence.SystemConfiguration;
import com.samiatarot.identity.persistence.SystemConfigurationRepository;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.shared.security.Roles;

import io.smallrye.mutiny.Uni;

/**
 * system_configuration of the seed: administrators read it (sensitive values masked unless super_admin,
 * done by the API layer), super_admins change it. A new value must match the key's value_type and its
 * validation_rules (min, max, enum, pattern). config.changed never carries a sensitive value.
 */
@ApplicationScoped
public class PlatformConfiguration {

    private final SystemConfigurationRepository entries;
    private final DomainEvents events;
    private final ObjectMapper mapper;
    private final Rls rls;

    public PlatformConfiguration(SystemConfigurationRepository entries, DomainEvents events, ObjectMapper mapper, Rls rls) {
        this.entries = entries;
        this.events = events;
        this.mapper = mapper;
        this.rls = rls;
    }

    public Uni<List<SystemConfiguration>> list(Caller caller) {
        return rls.asCaller(caller, entries::listOrdered);
    }

    public Uni<SystemConfiguration> get(Caller caller, String key) {
        return rls.asCaller(caller, () -> entries.findByKey(key))
                .onItem().ifNull().failWith(() -> DomainException.notFound("Configuration key"));
    }

    public Uni<SystemConfiguration> change(Caller caller, String key, JsonNode value, EventContext context) {
        if (!caller.is(Roles.SUPER_ADMIN)) {
            return Uni.createFrom().failure(DomainException.forbidden("Only a super_admin changes platform configuration."));
        }
        return rls.asCaller(caller, () -> entries.findByKey(key).chain(entry -> {
            if (entry == null) {
                return Uni.createFrom().failure(DomainException.notFound("Configuration key"));
            }
            String stored = validated(entry, value);
            String old = entry.value;
            if (stored.equals(old)) {
                return Uni.createFrom().item(entry);
            }
            entry.value = stored;
            entry.updatedBy = caller.id();
            IdentityEvents.ConfigChanged payload = entry.sensitive
                    ? new IdentityEvents.ConfigChanged(entry.key, true, null, null)
                    : new IdentityEvents.ConfigChanged(entry.key, false, valueMap(entry, old), valueMap(entry, stored));
            return entries.flush()
                    .chain(() -> events.publish(IdentityEvents.CONFIG_CHANGED, entry.key, payload, context.withActor(caller.id(), caller.role())))
                    .replaceWith(entry);
        }));
    }

    /** The stored text of a JSON value, or 400 naming {@code value} with the rule it breaks. */
    String validated(SystemConfiguration entry, JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            throw DomainException.invalidField("value", "is required");
        }
        String type = entry.valueType == null ? "string" : entry.valueType;
        String text;
        switch (type) {
            case "number" -> {
                BigDecimal number;
                if (value.isNumber()) {
                    number = value.decimalValue();
                } else if (value.isTextual()) {
                    try {
                        number = new BigDecimal(value.asText().strip());
                    } catch (NumberFormatException e) {
                        throw DomainException.invalidField("value", "must be a number");
                    }
                } else {
                    throw DomainException.invalidField("value", "must be a number");
                }
                Map<String, Object> rules = entry.validationRules == null ? Map.of() : entry.validationRules;
                if (rules.get("min") instanceof Number min && number.compareTo(new BigDecimal(min.toString())) < 0) {
                    throw DomainException.invalidField("value", "must be at least " + min);
                }
                if (rules.get("max") instanceof Number max && number.compareTo(new BigDecimal(max.toString())) > 0) {
                    throw DomainException.invalidField("value", "must be at most " + max);
                }
                text = number.toPlainString();
            }
            case "boolean" -> {
                if (value.isBoolean()) {
                    text = String.valueOf(value.asBoolean());
                } else if (value.isTextual() && ("true".equals(value.asText()) || "false".equals(value.asText()))) {
                    text = value.asText();
                } else {
                    throw DomainException.invalidField("value", "must be true or false");
                }
            }
            case "json" -> text = value.toString();
            default -> {
                if (!value.isTextual()) {
                    throw DomainException.invalidField("value", "must be a string");
                }
                text = value.asText();
                if (text.length() > 10_000) {
                    throw DomainException.invalidField("value", "must be at most 10000 characters");
                }
                Object pattern = entry.validationRules == null ? null : entry.validationRules.get("pattern");
                if (pattern instanceof String regex) {
                    try {
                        if (!Pattern.compile(regex).matcher(text).matches()) {
                            throw DomainException.invalidField("value", "does not match the required pattern");
                        }
                    } catch (PatternSyntaxException e) {
                        throw DomainException.unprocessable("The key's validation pattern is broken; fix validation_rules first.");
                    }
                }
            }
        }
        Object allowed = entry.validationRules == null ? null : entry.validationRules.get("enum");
        if (allowed instanceof List<?> options && options.stream().noneMatch(option -> String.valueOf(option).equals(text))) {
            throw DomainException.invalidField("value", "must be one of " + options);
        }
        return text;
    }

    /** A stored value as the JSON it represents (number, boolean, object, string). */
    public JsonNode asJson(SystemConfiguration entry) {
        if (entry.value == null) {
            return mapper.nullNode();
        }
        try {
            return switch (entry.valueType == null ? "string" : entry.valueType) {
                case "number", "boolean", "json" -> mapper.readTree(entry.value);
                default -> mapper.getNodeFactory().textNode(entry.value);
            };
        } catch (JsonProcessingException e) {
            return mapper.getNodeFactory().textNode(entry.value);
        }
    }

    private Map<String, Object> valueMap(SystemConfiguration entry, String stored) {
        SystemConfiguration copy = new SystemConfiguration();
        copy.valueType = entry.valueType;
        copy.value = stored;
        JsonNode node = asJson(copy);
        Object plain = mapper.convertValue(node, Object.class);
        return plain == null ? java.util.Collections.singletonMap("value", null) : Map.of("value", plain);
    }
}
