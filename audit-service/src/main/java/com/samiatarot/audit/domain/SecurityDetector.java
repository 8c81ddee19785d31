package com.samiatarot.audit.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.audit.config.DetectionConfig;
import com.samiatarot.audit.persistence.SecurityEventStore;
import com.samiatarot.shared.security.Roles;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The detection rules of security_events, evaluated on a batch of newly ingested events inside the ingestion
 * transaction (after the batch's rows were appended). Counting rules look back over audit_logs by event time
 * (window ending at an event), so redelivery and replays neither double-count nor fire twice, and a burst keeps
 * one open alert.
 *
 * <p>Set-based: each counting rule is one statement per batch, evaluated per subject (account, IP, user) at
 * the last event of each second the subject appears in (a window's count can only change by what enters or
 * leaves it within that second); the subject's highest count raises or updates its one alert.
 */
@ApplicationScoped
public class SecurityDetector {

    static final String FAILED_LOGIN = "user.login_failed";

    /**
     * A summing rule: which events it counts, by which subject, and the same events as a filter on audit_logs rows
     * ({@code a}) of subject {@code x.k}. Its per-minute counts live in detection_counts under {@code name}.
     */
    record Tally(String name, Predicate<AuditEntry> matches, Function<AuditEntry, String> subject, String rowFilter) {

        /**
         * The window (x.since, x.t] from detection_counts, which hold in every snapshot exactly the matching rows of
         * audit_logs per minute (both are written in one transaction): the minutes after the one of x.since up to the
         * one of x.t, whole, less the events of x.t's minute after x.t, plus the events of x.since's minute after
         * x.since. The two ranges of audit_logs are short: x.t is the newest event, so the first is almost always
         * empty, whereas counting x.t's minute up to x.t read every event of that minute so far, once per subject
         * and batch (under a burst of hundreds a minute, most of audit's database time). When both ends fall in one
         * minute, the last range is the whole window and the others are empty.
         */
        String countSql() {
            return "((select coalesce(sum(c.events), 0) from audit.detection_counts c where c.rule = '" + name + "'"
                    + " and c.subject = x.k and c.minute > date_trunc('minute', x.since, 'UTC')"
                    + " and c.minute <= date_trunc('minute', x.t, 'UTC'))"
                    + " - (select count(*) from audit.audit_logs a where " + rowFilter
                    + " and a.timestamp > x.t and a.timestamp < date_trunc('minute', x.t, 'UTC') + interval '1 minute'"
                    + " and date_trunc('minute', x.t, 'UTC') > date_trunc('minute', x.since, 'UTC'))"
                    + " + (select count(*) from audit.audit_logs a where " + rowFilter
                    + " and a.timestamp > x.since and a.timestamp <= x.t"
                    + " and a.timestamp < date_trunc('minute', x.since, 'UTC') + interval '1 minute'))";
        }
    }

    private static final Function<AuditEntry, String> ROW_USER = e -> e.userId() == null ? null : e.userId().toString();
    // Subjects as audit_logs stores them: the account key in metadata, the row's user_id (actor, else payload user).
    static final Tally ACCOUNT_FAILURES = new Tally("failed_login_account", e -> FAILED_LOGIN.equals(e.type()),
            AuditEntry::accountKey, "a.action = 'user.login_failed' and a.metadata ->> 'accountKey' = x.k");
    static final Tally USER_DENIALS = new Tally("access_denied_user", e -> e.type().endsWith("denied"), ROW_USER,
            "a.action like '%denied' and a.user_id = x.k::uuid");
    static final Tally USER_WITHDRAWALS = new Tally("withdrawal_user", e -> "withdrawal.requested".equals(e.type()),
            ROW_USER, "a.action = 'withdrawal.requested' and a.user_id = x.k::uuid");
    private static final List<Tally> TALLIES = List.of(ACCOUNT_FAILURES, USER_DENIALS, USER_WITHDRAWALS);

    // Grouped (one update per row and statement) and sorted, so concurrent consumers lock count rows alike.
    private static final String ADD_TO_TALLIES = """
            insert into audit.detection_counts as c (rule, subject, minute, events)
            select x.rule, x.subject, date_trunc('minute', x.t, 'UTC'), count(*)
            from unnest($1::text[], $2::text[], $3::timestamptz[]) as x(rule, subject, t)
            group by 1, 2, 3 order by 1, 2, 3
            on conflict (rule, subject, minute) do update set events = c.events + excluded.events
            """;

    // Distinct accounts cannot be summed per minute: this rule still counts its window's rows.
    private static final String COUNT_IP_ACCOUNTS = "(select count(distinct a.metadata ->> 'accountKey') from audit.audit_logs a"
            + " where a.action = 'user.login_failed' and a.ip_address = x.k::inet and a.timestamp > x.since and a.timestamp <= x.t)";

    private static final BigDecimal HIGH_CONFIDENCE = new BigDecimal("0.90");
    private static final BigDecimal MEDIUM_CONFIDENCE = new BigDecimal("0.70");
    private static final BigDecimal CERTAIN = new BigDecimal("1.00");
    private static final Set<String> PRIVILEGED = Set.of(Roles.ADMIN, Roles.SUPER_ADMIN);

    private final DetectionConfig config;
    private final SecurityEventStore alerts;
    private final ObjectMapper mapper;

    public SecurityDetector(DetectionConfig config, SecurityEventStore alerts, ObjectMapper mapper) {
        this.config = config;
        this.alerts = alerts;
        this.mapper = mapper;
    }

    /** A subject's count at one event of the batch. */
    record Evaluation(AuditEntry entry, String key, long count) {
    }

    /**
     * Runs every rule over the batch and raises the resulting alerts, in rule-key order so concurrent
     * consumers lock alert rows alike. Returns the alerts that were new (not folded into an open one).
     */
    public Uni<List<Alert>> detect(SqlConnection connection, List<AuditEntry> entries) {
        List<Alert> raised = new ArrayList<>();
        for (AuditEntry e : entries) {
            single(e, raised);
        }
        Uni<Void> counted = addToTallies(connection, entries)
                .chain(() -> failedLoginBursts(connection, entries, raised))
                .chain(() -> credentialStuffing(connection, entries, raised))
                .chain(() -> repeatedDenials(connection, entries, raised))
                .chain(() -> withdrawalBursts(connection, entries, raised));
        return counted.chain(() -> raiseAll(connection, raised));
    }

    /** Counts the batch's (new) events into their rules' minutes, before any window is evaluated. */
    private Uni<Void> addToTallies(SqlConnection connection, List<AuditEntry> entries) {
        List<String> rules = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<OffsetDateTime> times = new ArrayList<>();
        for (AuditEntry e : entries) {
            for (Tally tally : TALLIES) {
                String subject = tally.matches().test(e) ? tally.subject().apply(e) : null;
                if (subject != null) {
                    rules.add(tally.name());
                    subjects.add(subject);
                    times.add(e.time());
                }
            }
        }
        if (rules.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(ADD_TO_TALLIES).execute(Tuple.of(rules.toArray(String[]::new),
                subjects.toArray(String[]::new), times.toArray(OffsetDateTime[]::new))).replaceWithVoid();
    }

    private Uni<List<Alert>> raiseAll(SqlConnection connection, List<Alert> raised) {
        raised.sort(Comparator.comparing(Alert::ruleKey));
        List<Alert> created = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Alert alert : raised) {
            chain = chain.chain(() -> alerts.raise(connection, alert).invoke(isNew -> {
                if (isNew) {
                    created.add(alert);
                }
            })).replaceWithVoid();
        }
        return chain.replaceWith(created);
    }

    // ---- rules on a single event ----

    private void single(AuditEntry e, List<Alert> raised) {
        switch (e.type()) {
            case "token.reuse_detected" -> tokenReuse(e, raised);
            case "user.role_changed" -> privilegedRoleGranted(e, raised);
            case "user.deactivated" -> deactivatedByAdmin(e, raised);
            case "wallet.frozen" -> walletFrozen(e, raised);
            case "withdrawal.requested" -> largeWithdrawal(e, raised);
            default -> {
            }
        }
    }

    private void tokenReuse(AuditEntry e, List<Alert> raised) {
        String family = e.dataText("familyId");
        ObjectNode meta = meta(e).put("count", 1);
        if (family != null) {
            meta.put("familyId", family);
        }
        raised.add(new Alert("token_reuse:" + (family != null ? family : e.eventId()), "token_reuse",
                "high", "A rotated refresh token was presented again; its token family was revoked",
                e.dataUuid("userId"), e.ip(), e.userAgent(), new BigDecimal("0.95"), e.time(), meta));
    }

    private void privilegedRoleGranted(AuditEntry e, List<Alert> raised) {
        String newRole = e.dataText("newRole");
        if (newRole == null || !PRIVILEGED.contains(newRole)) {
            return;
        }
        ObjectNode meta = meta(e).put("oldRole", e.dataText("oldRole")).put("newRole", newRole);
        raised.add(new Alert("role_granted:" + e.eventId(), "privileged_role_granted", "high",
                "Role " + newRole + " granted (was " + e.dataText("oldRole") + ")",
                e.dataUuid("userId"), e.ip(), e.userAgent(), new BigDecimal("0.80"), e.time(), meta));
    }

    private void deactivatedByAdmin(AuditEntry e, List<Alert> raised) {
        String actorRole = e.dataText("actorRole");
        if (actorRole == null || !Roles.isAdmin(actorRole)) {
            return;
        }
        ObjectNode meta = meta(e).put("reason", e.dataText("reason"));
        raised.add(new Alert("account_deactivated:" + e.eventId(), "account_deactivated_by_admin",
                "medium", "Account deactivated by an administrator",
                e.dataUuid("userId"), e.ip(), e.userAgent(), CERTAIN, e.time(), meta));
    }

    private void walletFrozen(AuditEntry e, List<Alert> raised) {
        ObjectNode meta = meta(e).put("walletId", e.dataText("walletId")).put("reason", e.dataText("reason"));
        raised.add(new Alert("wallet_frozen:" + e.eventId(), "wallet_frozen", "high",
                "Wallet frozen" + (e.dataText("reason") == null ? "" : ": " + e.dataText("reason")),
                e.dataUuid("userId"), e.ip(), e.userAgent(), CERTAIN, e.time(), meta));
    }

    private void largeWithdrawal(AuditEntry e, List<Alert> raised) {
        BigDecimal amount = amountOf(e);
        if (amount == null || amount.compareTo(config.withdrawalLargeAmount()) <= 0) {
            return;
        }
        ObjectNode meta = meta(e).put("amount", amount.toPlainString())
                .put("threshold", config.withdrawalLargeAmount().toPlainString());
        raised.add(new Alert("large_withdrawal:" + e.eventId(), "unusual_withdrawal", "medium",
                "Withdrawal of " + amount.toPlainString() + " above " + config.withdrawalLargeAmount().toPlainString(),
                withdrawalUser(e), e.ip(), e.userAgent(), MEDIUM_CONFIDENCE, e.time(), meta));
    }

    // ---- counting rules, one statement per rule and batch ----

    private Uni<Void> failedLoginBursts(SqlConnection connection, List<AuditEntry> entries, List<Alert> raised) {
        Duration window = config.failedLoginWindow();
        return highestCounts(connection, entries, ACCOUNT_FAILURES, window).invoke(evaluations -> {
            for (Evaluation v : evaluations) {
                if (v.count() < config.failedLoginMedium()) {
                    continue;
                }
                AuditEntry e = v.entry();
                boolean high = v.count() >= config.failedLoginHigh();
                ObjectNode meta = meta(e).put("count", v.count()).put("accountKey", v.key())
                        .put("windowMinutes", window.toMinutes());
                raised.add(new Alert("failed_login_burst:" + v.key(), "failed_login_burst", high ? "high" : "medium",
                        v.count() + " failed logins on one account within " + window.toMinutes() + " minutes",
                        e.dataUuid("userId"), e.ip(), e.userAgent(), high ? HIGH_CONFIDENCE : MEDIUM_CONFIDENCE, e.time(), meta));
            }
        }).replaceWithVoid();
    }

    private Uni<Void> credentialStuffing(SqlConnection connection, List<AuditEntry> entries, List<Alert> raised) {
        Duration window = config.stuffingWindow();
        return highestCounts(connection, entries, e -> FAILED_LOGIN.equals(e.type()), AuditEntry::ip,
                COUNT_IP_ACCOUNTS, window).invoke(evaluations -> {
            for (Evaluation v : evaluations) {
                if (v.count() < config.stuffingDistinctAccounts()) {
                    continue;
                }
                AuditEntry e = v.entry();
                ObjectNode meta = meta(e).put("count", v.count()).put("distinctAccounts", v.count()).put("ip", v.key())
                        .put("windowMinutes", window.toMinutes());
                raised.add(new Alert("credential_stuffing:" + v.key(), "credential_stuffing", "high",
                        "Failed logins on " + v.count() + " different accounts from one IP within " + window.toMinutes() + " minutes",
                        null, e.ip(), e.userAgent(), new BigDecimal("0.85"), e.time(), meta));
            }
        }).replaceWithVoid();
    }

    private Uni<Void> repeatedDenials(SqlConnection connection, List<AuditEntry> entries, List<Alert> raised) {
        Duration window = config.accessDeniedWindow();
        return highestCounts(connection, entries, USER_DENIALS, window).invoke(evaluations -> {
            for (Evaluation v : evaluations) {
                if (v.count() < config.accessDeniedThreshold()) {
                    continue;
                }
                AuditEntry e = v.entry();
                ObjectNode meta = meta(e).put("count", v.count()).put("windowMinutes", window.toMinutes());
                raised.add(new Alert("repeated_access_denied:" + v.key(), "repeated_access_denied", "medium",
                        v.count() + " authorization denials for one user within " + window.toMinutes() + " minutes",
                        e.userId(), e.ip(), e.userAgent(), MEDIUM_CONFIDENCE, e.time(), meta));
            }
        }).replaceWithVoid();
    }

    private Uni<Void> withdrawalBursts(SqlConnection connection, List<AuditEntry> entries, List<Alert> raised) {
        Duration window = config.withdrawalBurstWindow();
        // Counted by the row's user_id (the actor, else the payload's user), as audit_logs stores it.
        return highestCounts(connection, entries, USER_WITHDRAWALS, window).invoke(evaluations -> {
            for (Evaluation v : evaluations) {
                if (v.count() < config.withdrawalBurstCount()) {
                    continue;
                }
                AuditEntry e = v.entry();
                UUID user = withdrawalUser(e);
                ObjectNode meta = meta(e).put("count", v.count()).put("windowMinutes", window.toMinutes());
                raised.add(new Alert("withdrawal_burst:" + user, "withdrawal_burst", "high",
                        v.count() + " withdrawals requested within " + window.toMinutes() + " minutes",
                        user, e.ip(), e.userAgent(), MEDIUM_CONFIDENCE, e.time(), meta));
            }
        }).replaceWithVoid();
    }

    /**
     * Counts, for each subject of the matching entries, the rule's window ending at the last event of each
     * second the subject appears in, in one statement; returns per subject its highest count (the latest
     * event on a tie).
     */
    private Uni<List<Evaluation>> highestCounts(SqlConnection connection, List<AuditEntry> entries, Tally tally,
                                                Duration window) {
        return highestCounts(connection, entries, tally.matches(), tally.subject(), tally.countSql(), window);
    }

    private Uni<List<Evaluation>> highestCounts(SqlConnection connection, List<AuditEntry> entries,
                                                Predicate<AuditEntry> matches, Function<AuditEntry, String> subject,
                                                String countSql, Duration window) {
        Map<String, AuditEntry> points = new LinkedHashMap<>();
        for (AuditEntry e : entries) {
            String key = matches.test(e) ? subject.apply(e) : null;
            if (key != null) {
                points.merge(key + '@' + e.time().truncatedTo(ChronoUnit.SECONDS).toEpochSecond(), e,
                        (a, b) -> b.time().isBefore(a.time()) ? a : b);
            }
        }
        if (points.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<AuditEntry> at = new ArrayList<>(points.values());
        String[] keys = new String[at.size()];
        OffsetDateTime[] since = new OffsetDateTime[at.size()];
        OffsetDateTime[] times = new OffsetDateTime[at.size()];
        for (int i = 0; i < at.size(); i++) {
            keys[i] = subject.apply(at.get(i));
            times[i] = at.get(i).time();
            since[i] = times[i].minus(window);
        }
        String sql = "select x.i, " + countSql
                + " from unnest($1::text[], $2::timestamptz[], $3::timestamptz[]) with ordinality as x(k, since, t, i)";
        return connection.preparedQuery(sql).execute(Tuple.of(keys, since, times)).map(rows -> {
            Map<String, Evaluation> highest = new LinkedHashMap<>();
            for (Row row : rows) {
                int i = (int) (row.getLong(0) - 1);
                Evaluation candidate = new Evaluation(at.get(i), keys[i], row.getLong(1));
                highest.merge(keys[i], candidate, (a, b) -> b.count() > a.count()
                        || (b.count() == a.count() && b.entry().time().isAfter(a.entry().time())) ? b : a);
            }
            return new ArrayList<>(highest.values());
        });
    }

    private static UUID withdrawalUser(AuditEntry e) {
        return e.dataUuid("userId") != null ? e.dataUuid("userId") : e.userId();
    }

    static BigDecimal amountOf(AuditEntry e) {
        var amount = e.data().path("amount");
        String text = amount.isObject() ? amount.path("amount").asText(null) : amount.isValueNode() ? amount.asText(null) : null;
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private ObjectNode meta(AuditEntry e) {
        ObjectNode meta = mapper.createObjectNode();
        meta.put("lastEventId", e.eventId().toString());
        meta.put("lastEventType", e.type());
        meta.put("lastEventAt", e.time().toString());
        if (e.dataText("actorId") != null) {
            meta.put("actorId", e.dataText("actorId"));
        }
        return meta;
    }
}
