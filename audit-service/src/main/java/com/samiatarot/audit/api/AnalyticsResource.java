package com.samiatarot.audit.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.audit.domain.AuditEntry;
import com.samiatarot.audit.persistence.AnalyticsStore;
import com.samiatarot.audit.persistence.Db;
import com.samiatarot.shared.api.Money;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.security.Roles;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** Per-user daily rollups (self or admin) and platform metrics (admins and monitors). */
// Authenticated: the identity is resolved (non-blocking) before the method runs on the event loop,
// so CurrentCaller can read it; role checks stay in the methods (403 problem+json).
@Authenticated
@Path("/api/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    private static final Set<String> LEVELS = Set.of("minute", "hourly", "daily");
    private static final int MAX_DAYS = 366;
    private static final int MAX_POINTS = 1000;

    private final CurrentCaller currentCaller;
    private final Db db;
    private final AnalyticsStore store;
    private final ObjectMapper mapper;

    public AnalyticsResource(CurrentCaller currentCaller, Db db, AnalyticsStore store, ObjectMapper mapper) {
        this.currentCaller = currentCaller;
        this.db = db;
        this.store = store;
        this.mapper = mapper;
    }

    @RegisterForReflection
    public record UserDay(LocalDate date, int readingsCompleted, int messagesSent, int callsMade, Money totalSpent,
                          Money averageSessionValue) {
    }

    @RegisterForReflection
    public record UserAnalytics(UUID userId, LocalDate from, LocalDate to, int readingsCompleted, int messagesSent,
                                int callsMade, Money totalSpent, List<UserDay> days) {
    }

    @RegisterForReflection
    public record MetricPoint(String name, BigDecimal value, String unit, JsonNode dimensions, String level,
                              OffsetDateTime timestamp) {
    }

    @RegisterForReflection
    public record Metrics(String name, String level, OffsetDateTime from, OffsetDateTime to, List<MetricPoint> items) {
    }

    @GET
    @Path("/users/{id}")
    public Uni<UserAnalytics> user(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Caller caller = currentCaller.require();
        UUID userId = AuditEntry.uuidOrNull(id);
        // Another user's analytics do not exist for this caller (object-level authorization, not a 403 oracle).
        if (userId == null || !caller.isSelfOrAdmin(userId)) {
            throw DomainException.notFound("User analytics");
        }
        LocalDate end = QueryParams.date("to", to);
        end = end == null ? LocalDate.now(ZoneOffset.UTC) : end;
        LocalDate start = QueryParams.date("from", from);
        start = start == null ? end.minusDays(29) : start;
        if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw DomainException.invalidField("from", "must be on or before 'to' and at most " + MAX_DAYS + " days earlier");
        }
        LocalDate first = start;
        LocalDate last = end;
        return db.inTransaction(caller.claims(), connection -> store.userDays(connection, userId, first, last))
                .map(rows -> {
                    int readings = 0;
                    int messages = 0;
                    int calls = 0;
                    BigDecimal spent = BigDecimal.ZERO;
                    List<UserDay> days = new java.util.ArrayList<>(rows.size());
                    for (AnalyticsStore.UserDayRow r : rows) {
                        readings += r.readingsCompleted();
                        messages += r.messagesSent();
                        calls += r.callsMade();
                        spent = spent.add(r.totalSpent());
                        days.add(new UserDay(r.date(), r.readingsCompleted(), r.messagesSent(), r.callsMade(),
                                usd(r.totalSpent()), usd(r.averageSessionValue())));
                    }
                    return new UserAnalytics(userId, first, last, readings, messages, calls, usd(spent), days);
                });
    }

    @GET
    @Path("/metrics")
    public Uni<Metrics> metrics(@QueryParam("name") String name, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("level") String level) {
        Caller caller = currentCaller.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN, Roles.MONITOR);
        String metric = QueryParams.text("name", name, 100);
        if (metric == null) {
            throw DomainException.invalidField("name", "is required");
        }
        String aggregation = QueryParams.oneOf("level", level, LEVELS);
        String chosenLevel = aggregation == null ? "hourly" : aggregation;
        OffsetDateTime end = QueryParams.time("to", to);
        end = end == null ? OffsetDateTime.now(ZoneOffset.UTC) : end;
        OffsetDateTime start = QueryParams.time("from", from);
        start = start == null ? end.minusHours(24) : start;
        if (!start.isBefore(end) || Duration.between(start, end).toDays() > MAX_DAYS) {
            throw DomainException.invalidField("from", "must be before 'to' and at most " + MAX_DAYS + " days earlier");
        }
        OffsetDateTime first = start;
        OffsetDateTime last = end;
        return db.inTransaction(caller.claims(), connection -> store.metrics(connection, metric, chosenLevel, first, last, MAX_POINTS))
                .map(rows -> new Metrics(metric, chosenLevel, first, last, rows.stream()
                        .map(r -> new MetricPoint(r.name(), r.value(), r.unit(), Json.tree(mapper, r.dimensions()),
                                r.level(), r.timestamp()))
                        .toList()));
    }

    /** Analytics always show an amount: a day without spending reads 0.00, not absent. */
    private static Money usd(BigDecimal amount) {
        return Money.usd(amount == null ? BigDecimal.ZERO : amount);
    }
}
