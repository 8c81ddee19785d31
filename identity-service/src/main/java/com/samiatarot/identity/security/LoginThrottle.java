package com.samiatarot.identity.security;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.identity.config.LoginConfig;

import io.quarkus.scheduler.Scheduled;

/**
 * Sliding-window counters of failed logins per account (sha-256 of the normalised email) and per client
 * IP. In memory: correct for one replica, which is what the platform runs for identity today; with
 * several replicas each keeps its own window, so the effective limit multiplies by the replica count
 * (move the windows to a table or Redis before scaling identity out). Successful logins clear the
 * account's window, never the IP's.
 */
@ApplicationScoped
public class LoginThrottle {

    private final Map<String, Deque<Long>> accounts = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> ips = new ConcurrentHashMap<>();
    private final int maxPerAccount;
    private final int maxPerIp;
    private final long windowMillis;

    public LoginThrottle(LoginConfig config) {
        this.maxPerAccount = config.maxFailuresPerAccount();
        this.maxPerIp = config.maxFailuresPerIp();
        this.windowMillis = config.window().toMillis();
    }

    /** Seconds until another attempt is allowed, when the account or the IP is over its limit. */
    public OptionalLong retryAfter(String accountKey, String ip) {
        long now = System.currentTimeMillis();
        long wait = Math.max(waitFor(accounts.get(accountKey), maxPerAccount, now),
                ip == null ? 0 : waitFor(ips.get(ip), maxPerIp, now));
        return wait > 0 ? OptionalLong.of(Math.max(1, Duration.ofMillis(wait).toSeconds() + 1)) : OptionalLong.empty();
    }

    public void recordFailure(String accountKey, String ip) {
        long now = System.currentTimeMillis();
        add(accounts, accountKey, now);
        if (ip != null) {
            add(ips, ip, now);
        }
    }

    public void recordSuccess(String accountKey) {
        accounts.remove(accountKey);
    }

    private long waitFor(Deque<Long> failures, int max, long now) {
        if (failures == null) {
            return 0;
        }
        synchronized (failures) {
            prune(failures, now);
            if (failures.size() < max) {
                return 0;
            }
            // the window reopens when enough of the oldest failures have aged out
            long oldestThatMustExpire = failures.stream().skip(failures.size() - max).findFirst().orElse(now);
            return oldestThatMustExpire + windowMillis - now;
        }
    }

    private void add(Map<String, Deque<Long>> map, String key, long now) {
        Deque<Long> failures = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures, now);
            failures.addLast(now);
            // bounded: beyond a few times the limit the extra timestamps change nothing
            while (failures.size() > 4 * Math.max(maxPerAccount, maxPerIp)) {
                failures.removeFirst();
            }
        }
    }

    private void prune(Deque<Long> failures, long now) {
        while (!failures.isEmpty() && failures.peekFirst() <= now - windowMillis) {
            failures.removeFirst();
        }
    }

    /** Drops windows that have emptied, so memory follows recent attackers, not all-time ones. */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evictIdle() {
        long now = System.currentTimeMillis();
        for (Map<String, Deque<Long>> map : java.util.List.of(accounts, ips)) {
            map.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
    }
}
