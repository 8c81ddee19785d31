package com.samiatarot.audit;

import static com.samiatarot.audit.Events.auditRows;
import static com.samiatarot.audit.Events.event;
import static com.samiatarot.audit.Events.money;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** Each rule fires at its configured threshold (application.properties), not below, and without duplicates. */
@QuarkusTest
class DetectionTest {

    static final Duration WAIT = Duration.ofSeconds(90);

    static ObjectNode failedLogin(String accountKey, String ip) {
        Map<String, Object> data = new HashMap<>();
        data.put("userId", null);
        data.put("accountKey", accountKey);
        data.put("reason", "bad_credentials");
        return Events.withIp(event("user.login_failed", accountKey, null, "anonymous", data), ip);
    }

    static List<ObjectNode> failedLogins(int n, String accountKey, String ip) {
        List<ObjectNode> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(failedLogin(accountKey, ip));
        }
        return events;
    }

    static void sendAndAwaitIngested(List<ObjectNode> events) {
        Events.send(events);
        await().atMost(WAIT).until(() -> events.stream().allMatch(e -> auditRows(e) == 1));
    }

    static List<Map<String, Object>> alerts(String ruleKey) {
        return Events.query("select event_type, severity, status, detection_method, confidence_score, description,"
                + " user_id, (metadata ->> 'count')::int as count from audit.security_events where rule_key = ?", ruleKey);
    }

    static String newAccount() {
        return Events.accountKey("user-" + UUID.randomUUID() + "@example.com");
    }

    @Test
    void fourFailedLoginsOnOneAccountRaiseNothingTheFifthRaisesOneMediumAlert() {
        String account = newAccount();
        String key = "failed_login_burst:" + account;

        sendAndAwaitIngested(failedLogins(4, account, Events.randomIp()));
        assertEquals(0, alerts(key).size());

        sendAndAwaitIngested(failedLogins(1, account, Events.randomIp()));
        List<Map<String, Object>> raised = alerts(key);
        assertEquals(1, raised.size());
        assertEquals("medium", raised.get(0).get("severity"));
        assertEquals("automated", raised.get(0).get("detection_method"));
        assertEquals("open", raised.get(0).get("status"));
        assertEquals(5, raised.get(0).get("count"));
        assertEquals(0, new BigDecimal("0.70").compareTo((BigDecimal) raised.get(0).get("confidence_score")));
    }

    @Test
    void anOngoingBurstUpdatesItsOneAlertAndEscalatesToHighAtTwenty() {
        String account = newAccount();
        String key = "failed_login_burst:" + account;

        sendAndAwaitIngested(failedLogins(19, account, Events.randomIp()));
        List<Map<String, Object>> before = alerts(key);
        assertEquals(1, before.size(), "one alert for the whole burst");
        assertEquals("medium", before.get(0).get("severity"));
        assertEquals(19, before.get(0).get("count"));

        sendAndAwaitIngested(failedLogins(1, account, Events.randomIp()));
        List<Map<String, Object>> after = alerts(key);
        assertEquals(1, after.size());
        assertEquals("high", after.get(0).get("severity"));
        assertEquals(20, after.get(0).get("count"));
        assertTrue(((String) after.get(0).get("description")).startsWith("20 failed logins"));
    }

    @Test
    void failuresOnManyAccountsFromOneIpAreCredentialStuffingAtTheConfiguredCount() {
        String ip = Events.randomIp();
        String key = "credential_stuffing:" + ip;
        List<ObjectNode> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(failedLogin(newAccount(), ip));
        }
        sendAndAwaitIngested(nine);
        assertEquals(0, alerts(key).size());

        sendAndAwaitIngested(List.of(failedLogin(newAccount(), ip)));
        List<Map<String, Object>> raised = alerts(key);
        assertEquals(1, raised.size());
        assertEquals("high", raised.get(0).get("severity"));
        assertEquals(10, raised.get(0).get("count"));
    }

    @Test
    void refreshTokenReuseIsAHighAlert() {
        UUID user = UUID.randomUUID();
        String family = UUID.randomUUID().toString();
        sendAndAwaitIngested(List.of(event("token.reuse_detected", user.toString(), null, "service",
                Map.of("userId", user.toString(), "familyId", family))));
        List<Map<String, Object>> raised = alerts("token_reuse:" + family);
        assertEquals(1, raised.size());
        assertEquals("high", raised.get(0).get("severity"));
        assertEquals(user, raised.get(0).get("user_id"));
    }

    static ObjectNode roleChange(UUID target, String oldRole, String newRole) {
        Map<String, Object> change = new HashMap<>();
        change.put("userId", target.toString());
        change.put("oldRole", oldRole);
        change.put("newRole", newRole);
        change.put("oldValues", Map.of("role", oldRole));
        change.put("newValues", Map.of("role", newRole));
        return event("user.role_changed", target.toString(), UUID.randomUUID(), "super_admin", change);
    }

    @Test
    void grantingAdminIsAHighAlertButGrantingReaderIsNot() {
        UUID toAdmin = UUID.randomUUID();
        UUID toReader = UUID.randomUUID();
        ObjectNode admin = roleChange(toAdmin, "client", "admin");
        ObjectNode readerGrant = roleChange(toReader, "client", "reader");
        sendAndAwaitIngested(List.of(admin, readerGrant));

        List<Map<String, Object>> raised = alerts("role_granted:" + Events.id(admin));
        assertEquals(1, raised.size());
        assertEquals("high", raised.get(0).get("severity"));
        assertEquals("privileged_role_granted", raised.get(0).get("event_type"));
        assertEquals(toAdmin, raised.get(0).get("user_id"));
        assertEquals(0, Events.count("select count(*) from audit.security_events where user_id = ?", toReader));
    }

    @Test
    void repeatedAccessDenialsByOneUserAlertAtTheThreshold() {
        UUID user = UUID.randomUUID();
        List<ObjectNode> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(event("access.denied", user.toString(), user, "client", Map.of("userId", user.toString(),
                    "resourceType", "reading", "resourceId", UUID.randomUUID().toString())));
        }
        sendAndAwaitIngested(four);
        String key = "repeated_access_denied:" + user;
        assertEquals(0, alerts(key).size());

        // Any service's <x>.access_denied counts toward the same user's total.
        sendAndAwaitIngested(List.of(event("wallet.access_denied", user.toString(), user, "client",
                Map.of("userId", user.toString(), "resourceType", "wallet", "resourceId", UUID.randomUUID().toString()))));
        List<Map<String, Object>> raised = alerts(key);
        assertEquals(1, raised.size());
        assertEquals(5, raised.get(0).get("count"));
        assertEquals("medium", raised.get(0).get("severity"));
    }

    @Test
    void anAccountDeactivatedByAnAdminIsRecordedButSelfDeactivationIsNot() {
        UUID byAdmin = UUID.randomUUID();
        UUID bySelf = UUID.randomUUID();
        ObjectNode adminAction = event("user.deactivated", byAdmin.toString(), UUID.randomUUID(), "admin",
                Map.of("userId", byAdmin.toString(), "reason", "fraud"));
        ObjectNode selfAction = event("user.deactivated", bySelf.toString(), bySelf, "client",
                Map.of("userId", bySelf.toString(), "reason", "leaving"));
        sendAndAwaitIngested(List.of(adminAction, selfAction));

        List<Map<String, Object>> raised = alerts("account_deactivated:" + Events.id(adminAction));
        assertEquals(1, raised.size());
        assertEquals("account_deactivated_by_admin", raised.get(0).get("event_type"));
        assertEquals(0, Events.count("select count(*) from audit.security_events where user_id = ?", bySelf));
    }

    @Test
    void aFrozenWalletIsAnAlert() {
        UUID user = UUID.randomUUID();
        UUID wallet = UUID.randomUUID();
        ObjectNode frozen = event("wallet.frozen", wallet.toString(), UUID.randomUUID(), "admin",
                Map.of("walletId", wallet.toString(), "userId", user.toString(), "reason", "chargeback"));
        sendAndAwaitIngested(List.of(frozen));
        List<Map<String, Object>> raised = alerts("wallet_frozen:" + Events.id(frozen));
        assertEquals(1, raised.size());
        assertEquals(user, raised.get(0).get("user_id"));
    }

    static ObjectNode withdrawal(UUID user, String amount) {
        UUID tx = UUID.randomUUID();
        return event("withdrawal.requested", tx.toString(), user, "reader",
                Map.of("transactionId", tx.toString(), "userId", user.toString(), "amount", money(amount)));
    }

    @Test
    void aWithdrawalAboveTheConfiguredAmountIsUnusualAtOrBelowItIsNot() {
        UUID user = UUID.randomUUID();
        ObjectNode atLimit = withdrawal(user, "1000.00");
        ObjectNode above = withdrawal(user, "1000.01");
        sendAndAwaitIngested(List.of(atLimit, above));
        assertEquals(0, alerts("large_withdrawal:" + Events.id(atLimit)).size());
        assertEquals(1, alerts("large_withdrawal:" + Events.id(above)).size());
    }

    @Test
    void aBurstOfWithdrawalsAlertsAtTheConfiguredCount() {
        UUID user = UUID.randomUUID();
        sendAndAwaitIngested(List.of(withdrawal(user, "10.00"), withdrawal(user, "10.00")));
        assertEquals(0, alerts("withdrawal_burst:" + user).size());
        sendAndAwaitIngested(List.of(withdrawal(user, "10.00")));
        List<Map<String, Object>> raised = alerts("withdrawal_burst:" + user);
        assertEquals(1, raised.size());
        assertEquals("high", raised.get(0).get("severity"));
        assertEquals(3, raised.get(0).get("count"));
    }

    static ObjectNode at(ObjectNode event, Instant time) {
        event.put("time", time.toString());
        return event;
    }

    /**
     * Windows are summed from per-minute counts plus their two partial minutes: the count is still exactly the
     * events in (t - 1 h, t], whatever minutes the window's ends fall in.
     */
    @Test
    void aWithdrawalBurstWindowCountsExactlyTheEventsOfTheLastHourAcrossMinutes() {
        UUID user = UUID.randomUUID();
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String burst = "withdrawal_burst:" + user;
        sendAndAwaitIngested(List.of(at(withdrawal(user, "10.00"), t.minus(Duration.ofMinutes(60)))));
        sendAndAwaitIngested(List.of(at(withdrawal(user, "10.00"), t.minus(Duration.ofMinutes(60)).plusMillis(100))));
        // (t - 1 h, t]: the event at exactly t - 1 h is out, so two, not three
        sendAndAwaitIngested(List.of(at(withdrawal(user, "10.00"), t)));
        assertEquals(0, alerts(burst).size());
        // (t - 90 min, t - 30 min]: both early events (whole minutes inside the window) and this one
        sendAndAwaitIngested(List.of(at(withdrawal(user, "10.00"), t.minus(Duration.ofMinutes(30)))));
        List<Map<String, Object>> raised = alerts(burst);
        assertEquals(1, raised.size());
        assertEquals(3, raised.get(0).get("count"));
    }

    /**
     * A window's last minute is taken whole from the per-minute counts, less the events after its end: an event
     * later in that minute, stored first (another consumer, a skewed clock), is not in an earlier event's window.
     */
    @Test
    void anEventLaterInTheSameMinuteStoredFirstIsNotInAnEarlierEventsWindow() {
        UUID user = UUID.randomUUID();
        Instant minute = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MINUTES);
        String burst = "withdrawal_burst:" + user;
        sendAndAwaitIngested(List.of(at(withdrawal(user, "10.00"), minute.plusSeconds(50))));
        // windows ending at +10 s and +20 s: one and two events, never the one at +50 s
        sendAndAwaitIngested(List.of(at(withdrawal(user, "10.00"), minute.plusSeconds(10)),
                at(withdrawal(user, "10.00"), minute.plusSeconds(20))));
        assertEquals(0, alerts(burst).size());
        // the window ending at +55 s holds all four
        sendAndAwaitIngested(List.of(at(withdrawal(user, "10.00"), minute.plusSeconds(55))));
        List<Map<String, Object>> raised = alerts(burst);
        assertEquals(1, raised.size());
        assertEquals(4, raised.get(0).get("count"));
    }
}
