package com.samiatarot.audit.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.audit.config.DetectionConfig;
import com.samiatarot.audit.persistence.SecurityEventStore;
import com.samiatarot.shared.security.Roles;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The detection rules of security_events, evaluated on each newly ingested event inside the ingestion
 * transaction. Counting rules look back over audit_logs by event time (window ending at this event), so
 * redelivery and replays neither double-count nor fire twice, and a burst keeps one open alert.
 */
@ApplicationScoped
public class SecurityDetector {

    static final String FAILED_LOGIN = "user.login_failed";

    private static final String COUNT_ACCOUNT_FAILURES = "select count(*) from audit.audit_logs"
            + " where action = 'user.login_failed' and metadata ->> 'accountKey' = $1"
            + " and timestamp > $2 and timestamp <= $3";
    private static final String COUNT_IP_ACCOUNTS = "select count(distinct metadata ->> 'accountKey') from audit.audit_logs"
            + " where action = 'user.login_failed' and ip_address = $1::text::inet and timestamp > $2 and timestamp <= $3";
    private static final String COUNT_USER_DENIALS = "select count(*) from audit.audit_logs"
            + " where action like '%denied' and user_id = $1 and timestamp > $2 and timestamp <= $3";
    private static final String COUNT_USER_WITHDRAWALS = "select count(*) from audit.audit_logs"
            + " where action = 'withdrawal.requested' and user_id = $1 and timestamp > $2 and timestamp <= $3";

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

    /** Runs every rule for each entry, sequentially on the transaction's connection. */
    public Uni<Void> detect(SqlConnection connection, List<AuditEntry> entries) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (AuditEntry entry : entries) {
            chain = chain.chain(() -> inspect(connection, entry));
        }
        return chain;
    }

    Uni<Void> inspect(SqlConnection connection, AuditEntry e) {
        String type = e.type();
        if (FAILED_LOGIN.equals(type)) {
            return failedLoginBurst(connection, e).chain(() -> credentialStuffing(connection, e));
        }
        if (type.endsWith("denied")) {
            return repeatedDenials(connection, e);
        }
        return switch (type) {
            case "token.reuse_detected" -> tokenReuse(connection, e);
            case "user.role_changed" -> privilegedRoleGranted(connection, e);
            case "user.deactivated" -> deactivatedByAdmin(connection, e);
            case "wallet.frozen" -> walletFrozen(connection, e);
            case "withdrawal.requested" -> withdrawal(connection, e);
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> failedLoginBurst(SqlConnection connection, AuditEntry e) {
        String accountKey = e.accountKey();
        if (accountKey == null) {
            return Uni.createFrom().voidItem();
        }
        Duration window = config.failedLoginWindow();
        return count(connection, COUNT_ACCOUNT_FAILURES, accountKey, e, window).chain(count -> {
            if (count < config.failedLoginMedium()) {
                return Uni.createFrom().voidItem();
            }
            boolean high = count >= config.failedLoginHigh();
            ObjectNode meta = meta(e).put("count", count).put("accountKey", accountKey)
                    .put("windowMinutes", window.toMinutes());
            return alerts.raise(connection, new Alert("failed_login_burst:" + accountKey, "failed_login_burst",
                    high ? "high" : "medium",
                    count + " failed logins on one account within " + window.toMinutes() + " minutes",
                    e.dataUuid("userId"), e.ip(), e.userAgent(), high ? HIGH_CONFIDENCE : MEDIUM_CONFIDENCE, e.time(), meta));
        });
    }

    private Uni<Void> credentialStuffing(SqlConnection connection, AuditEntry e) {
        if (e.ip() == null) {
            return Uni.createFrom().voidItem();
        }
        Duration window = config.stuffingWindow();
        return count(connection, COUNT_IP_ACCOUNTS, e.ip(), e, window).chain(accounts -> {
            if (accounts < config.stuffingDistinctAccounts()) {
                return Uni.createFrom().voidItem();
            }
            ObjectNode meta = meta(e).put("count", accounts).put("distinctAccounts", accounts).put("ip", e.ip())
                    .put("windowMinutes", window.toMinutes());
            return alerts.raise(connection, new Alert("credential_stuffing:" + e.ip(), "credential_stuffing", "high",
                    "Failed logins on " + accounts + " different accounts from one IP within " + window.toMinutes() + " minutes",
                    null, e.ip(), e.userAgent(), new BigDecimal("0.85"), e.time(), meta));
        });
    }

    private Uni<Void> repeatedDenials(SqlConnection connection, AuditEntry e) {
        UUID user = e.userId();
        if (user == null) {
            return Uni.createFrom().voidItem();
        }
        Duration window = config.accessDeniedWindow();
        return count(connection, COUNT_USER_DENIALS, user, e, window).chain(count -> {
            if (count < config.accessDeniedThreshold()) {
                return Uni.createFrom().voidItem();
            }
            ObjectNode meta = meta(e).put("count", count).put("windowMinutes", window.toMinutes());
            return alerts.raise(connection, new Alert("repeated_access_denied:" + user, "repeated_access_denied", "medium",
                    count + " authorization denials for one user within " + window.toMinutes() + " minutes",
                    user, e.ip(), e.userAgent(), MEDIUM_CONFIDENCE, e.time(), meta));
        });
    }

    private Uni<Void> tokenReuse(SqlConnection connection, AuditEntry e) {
        String family = e.dataText("familyId");
        ObjectNode meta = meta(e).put("count", 1);
        if (family != null) {
            meta.put("familyId", family);
        }
        return alerts.raise(connection, new Alert("token_reuse:" + (family != null ? family : e.eventId()), "token_reuse",
                "high", "A rotated refresh token was presented again; its token family was revoked",
                e.dataUuid("userId"), e.ip(), e.userAgent(), new BigDecimal("0.95"), e.time(), meta));
    }

    private Uni<Void> privilegedRoleGranted(SqlConnection connection, AuditEntry e) {
        String newRole = e.dataText("newRole");
        if (newRole == null || !PRIVILEGED.contains(newRole)) {
            return Uni.createFrom().voidItem();
        }
        ObjectNode meta = meta(e).put("oldRole", e.dataText("oldRole")).put("newRole", newRole);
        return alerts.raise(connection, new Alert("role_granted:" + e.eventId(), "privileged_role_granted", "high",
                "Role " + newRole + " granted (was " + e.dataText("oldRole") + ")",
                e.dataUuid("userId"), e.ip(), e.userAgent(), new BigDecimal("0.80"), e.time(), meta));
    }

    private Uni<Void> deactivatedByAdmin(SqlConnection connection, AuditEntry e) {
        String actorRole = e.dataText("actorRole");
        if (actorRole == null || !Roles.isAdmin(actorRole)) {
            return Uni.createFrom().voidItem();
        }
        ObjectNode meta = meta(e).put("reason", e.dataText("reason"));
        return alerts.raise(connection, new Alert("account_deactivated:" + e.eventId(), "account_deactivated_by_admin",
                "medium", "Account deactivated by an administrator",
                e.dataUuid("userId"), e.ip(), e.userAgent(), CERTAIN, e.time(), meta));
    }

    private Uni<Void> walletFrozen(SqlConnection connection, AuditEntry e) {
        ObjectNode meta = meta(e).put("walletId", e.dataText("walletId")).put("reason", e.dataText("reason"));
        return alerts.raise(connection, new Alert("wallet_frozen:" + e.eventId(), "wallet_frozen", "high",
                "Wallet frozen" + (e.dataText("reason") == null ? "" : ": " + e.dataText("reason")),
                e.dataUuid("userId"), e.ip(), e.userAgent(), CERTAIN, e.time(), meta));
    }

    private Uni<Void> withdrawal(SqlConnection connection, AuditEntry e) {
        UUID user = e.dataUuid("userId") != null ? e.dataUuid("userId") : e.userId();
        BigDecimal amount = amountOf(e);
        Uni<Void> large = Uni.createFrom().voidItem();
        if (amount != null && amount.compareTo(config.withdrawalLargeAmount()) > 0) {
            ObjectNode meta = meta(e).put("amount", amount.toPlainString())
                    .put("threshold", config.withdrawalLargeAmount().toPlainString());
            large = alerts.raise(connection, new Alert("large_withdrawal:" + e.eventId(), "unusual_withdrawal", "medium",
                    "Withdrawal of " + amount.toPlainString() + " above " + config.withdrawalLargeAmount().toPlainString(),
                    user, e.ip(), e.userAgent(), MEDIUM_CONFIDENCE, e.time(), meta));
        }
        if (user == null) {
            return large;
        }
        Duration window = config.withdrawalBurstWindow();
        return large.chain(() -> count(connection, COUNT_USER_WITHDRAWALS, e.userId() == null ? user : e.userId(), e, window))
                .chain(count -> {
                    if (count < config.withdrawalBurstCount()) {
                        return Uni.createFrom().voidItem();
                    }
                    ObjectNode meta = meta(e).put("count", count).put("windowMinutes", window.toMinutes());
                    return alerts.raise(connection, new Alert("withdrawal_burst:" + user, "withdrawal_burst", "high",
                            count + " withdrawals requested within " + window.toMinutes() + " minutes",
                            user, e.ip(), e.userAgent(), MEDIUM_CONFIDENCE, e.time(), meta));
                });
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

    private Uni<Long> count(SqlConnection connection, String sql, Object key, AuditEntry e, Duration window) {
        return connection.preparedQuery(sql).execute(Tuple.of(key, e.time().minus(window), e.time()))
                .map(rows -> rows.iterator().next().getLong(0));
    }
}
