package com.samiatarot.identity.security;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.identity.config.LoginConfig;
import com.samiatarot.shared.security.Rls;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Sliding windows of failed sign-ins per account (sha-256 of the normalised email) and per client IP,
 * kept in {@code identity.login_failures} so every replica enforces the same limit. Successful sign-ins
 * clear the account's window, never the IP's. All methods join the caller's service transaction.
 */
@ApplicationScoped
public class LoginThrottle {

    // Seconds to wait for one scope: the window reopens when the max-th newest failure ages out.
    private static String waitFor(int scope, int subject, int maxMinusOne) {
        return "coalesce((select extract(epoch from f.failed_at - clock_timestamp()) + ?5"
                + " from identity.login_failures f where f.scope = ?" + scope + " and f.subject = ?" + subject
                + " and f.failed_at > clock_timestamp() - make_interval(secs => ?5)"
                + " order by f.failed_at desc offset ?" + maxMinusOne + " limit 1), 0)";
    }

    private static final String RETRY_AFTER = "select greatest(" + waitFor(1, 2, 3) + ", " + waitFor(6, 7, 4) + ")";

    private final int maxPerAccount;
    private final int maxPerIp;
    private final double windowSeconds;
    private final Rls rls;

    public LoginThrottle(LoginConfig config, Rls rls) {
        this.maxPerAccount = config.maxFailuresPerAccount();
        this.maxPerIp = config.maxFailuresPerIp();
        this.windowSeconds = config.window().toMillis() / 1000.0;
        this.rls = rls;
    }

    /** Seconds until another attempt is allowed, when the account or the IP is over its limit. */
    public Uni<OptionalLong> retryAfter(String accountKey, String ip) {
        return Panache.getSession().chain(session -> session.createNativeQuery(RETRY_AFTER)
                .setParameter(1, "account").setParameter(2, accountKey).setParameter(3, maxPerAccount - 1)
                .setParameter(4, maxPerIp - 1).setParameter(5, windowSeconds)
                .setParameter(6, "ip").setParameter(7, ip == null ? "" : ip)
                .getSingleResult())
                .map(seconds -> {
                    double wait = ((Number) seconds).doubleValue();
                    return wait > 0 ? OptionalLong.of((long) Math.ceil(wait)) : OptionalLong.empty();
                });
    }

    public Uni<Void> recordFailure(String accountKey, String ip) {
        String sql = ip == null
                ? "insert into identity.login_failures (scope, subject) values ('account', ?1)"
                : "insert into identity.login_failures (scope, subject) values ('account', ?1), ('ip', ?2)";
        return Panache.getSession().chain(session -> {
            var insert = session.createNativeQuery(sql).setParameter(1, accountKey);
            return (ip == null ? insert : insert.setParameter(2, ip)).executeUpdate();
        }).replaceWithVoid();
    }

    public Uni<Void> recordSuccess(String accountKey) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("delete from identity.login_failures where scope = 'account' and subject = ?1")
                .setParameter(1, accountKey).executeUpdate()).replaceWithVoid();
    }

    /** Failures older than the window can no longer throttle anyone. */
    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetExpired() {
        return rls.asService(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("delete from identity.login_failures where failed_at < clock_timestamp() - make_interval(secs => ?1)")
                .setParameter(1, windowSeconds).executeUpdate())).replaceWithVoid();
    }
}
