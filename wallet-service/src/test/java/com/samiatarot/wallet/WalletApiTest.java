package com.samiatarot.wallet;

import static com.samiatarot.wallet.Fixtures.as;
import static com.samiatarot.wallet.Fixtures.money;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.EventContracts;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(StripeStub.class)
class WalletApiTest {

    @Test
    void aWalletIsOpenedLazilyOnFirstAccessAndAnnouncedOnce() {
        UUID user = UUID.randomUUID();
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            String id = as(user, "client").get("/api/v1/wallet").then().statusCode(200)
                    .body("userId", equalTo(user.toString()))
                    .body("balance.amount", equalTo("0.00"))
                    .body("balance.currency", equalTo("USD"))
                    .body("available.amount", equalTo("0.00"))
                    .body("dailyLimit.amount", equalTo("1000.00"))
                    .body("dailyRemaining.amount", equalTo("1000.00"))
                    .body("monthlyLimit.amount", equalTo("10000.00"))
                    .body("frozen", equalTo(false))
                    .extract().path("id");
            as(user, "client").get("/api/v1/wallet").then().statusCode(200).body("id", equalTo(id));
            JsonNode created = probe.await(KafkaProbe.ofType("wallet.created", id), Duration.ofSeconds(20));
            EventContracts.assertConforms(created);
            assertEquals(user.toString(), created.path("data").path("userId").asText());
            assertEquals(0, probe.collect(KafkaProbe.ofType("wallet.created", id), Duration.ofSeconds(1)).size());
        }
    }

    @Test
    void userRegisteredOpensTheWalletIdempotently() {
        UUID user = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String event = Fixtures.cloudEvent(eventId, "user.registered", "identity-service", user,
                "{\"userId\":\"" + user + "\",\"fullName\":\"Ada\",\"role\":\"client\",\"emailVerified\":false}");
        KafkaProbe.send(Topics.IDENTITY, user.toString(), event);
        KafkaProbe.send(Topics.IDENTITY, user.toString(), event);
        KafkaProbe.send(Topics.IDENTITY, user.toString(), Fixtures.cloudEvent("user.registered", "identity-service", user,
                "{\"userId\":\"" + user + "\",\"fullName\":\"Ada\",\"role\":\"client\",\"emailVerified\":false}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.balance(user) != null);
        assertEquals(1L, ((Number) Fixtures.ownerScalar("select count(*) from wallet.user_wallets where user_id = ?", user)).longValue());
    }

    @Test
    void aSandboxDepositIsPendingUntilItsSignedWebhookCreditsTheWallet() {
        UUID user = UUID.randomUUID();
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            String method = Fixtures.addPaymentMethod(user, "client", "sandbox", "sbx_pm_ok");
            String txId = as(user, "client").header("Idempotency-Key", "dep-" + user)
                    .body("{\"amount\":" + money("50.00") + ",\"paymentMethodId\":\"" + method + "\"}")
                    .post("/api/v1/payments/deposits").then().statusCode(201)
                    .body("status", equalTo("pending"))
                    .body("type", equalTo("deposit"))
                    .body("amount.amount", equalTo("50.00"))
                    .body("gatewayProvider", equalTo("sandbox"))
                    .body("gatewayTransactionId", notNullValue())
                    .extract().path("id");
            Fixtures.awaitStatus(txId, "completed");
            as(user, "client").get("/api/v1/wallet").then().statusCode(200).body("balance.amount", equalTo("50.00"));
            as(user, "client").get("/api/v1/transactions/" + txId).then().statusCode(200)
                    .body("status", equalTo("completed"))
                    .body("gatewayFee.amount", equalTo("1.75"));
            // one poll for all three: they may sit on different partitions, in any order
            List<JsonNode> events = probe.awaitAll(e -> ("wallet.credited".equals(e.path("type").asText())
                            && txId.equals(e.path("data").path("transactionId").asText()))
                            || KafkaProbe.ofType("transaction.completed", txId).test(e)
                            || KafkaProbe.ofType("payment_method.added", method).test(e), 3, Duration.ofSeconds(20));
            events.forEach(EventContracts::assertConforms);
            JsonNode credited = events.stream().filter(e -> "wallet.credited".equals(e.path("type").asText())).findFirst().orElseThrow();
            assertEquals("50.00", credited.path("data").path("balance").path("amount").asText());
        }
    }

    @Test
    void aDeclinedSandboxDepositFailsWithoutCreditingAnything() {
        UUID user = UUID.randomUUID();
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            String method = Fixtures.addPaymentMethod(user, "client", "sandbox", "sbx_fail_card");
            String txId = as(user, "client").header("Idempotency-Key", "dep-fail-" + user)
                    .body("{\"amount\":" + money("20.00") + ",\"paymentMethodId\":\"" + method + "\"}")
                    .post("/api/v1/payments/deposits").then().statusCode(201).extract().path("id");
            Fixtures.awaitStatus(txId, "failed");
            EventContracts.assertConforms(probe.await(KafkaProbe.ofType("transaction.failed", txId), Duration.ofSeconds(20)));
            assertEquals(0, Fixtures.balance(user).signum());
        }
    }

    @Test
    void theSameIdempotencyKeyAndBodyReplaysTheFirstResponse() {
        UUID user = UUID.randomUUID();
        String method = Fixtures.addPaymentMethod(user, "client", "sandbox", "sbx_pm_idem");
        String body = "{\"amount\":" + money("10.00") + ",\"paymentMethodId\":\"" + method + "\"}";
        String first = as(user, "client").header("Idempotency-Key", "k-1").body(body)
                .post("/api/v1/payments/deposits").then().statusCode(201).header("Idempotent-Replayed", "false")
                .extract().asString();
        String second = as(user, "client").header("Idempotency-Key", "k-1").body(body)
                .post("/api/v1/payments/deposits").then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().asString();
        assertEquals(first, second);
        assertEquals(1L, ((Number) Fixtures.ownerScalar("select count(*) from wallet.transactions where user_id = ?", user)).longValue());
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsUnprocessable() {
        UUID user = UUID.randomUUID();
        String method = Fixtures.addPaymentMethod(user, "client", "sandbox", "sbx_pm_idem2");
        as(user, "client").header("Idempotency-Key", "k-2").body("{\"amount\":" + money("10.00") + ",\"paymentMethodId\":\"" + method + "\"}")
                .post("/api/v1/payments/deposits").then().statusCode(201);
        as(user, "client").header("Idempotency-Key", "k-2").body("{\"amount\":" + money("11.00") + ",\"paymentMethodId\":\"" + method + "\"}")
                .post("/api/v1/payments/deposits").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://samia-tarot.local/problems/idempotency-key-reused"));
    }

    @Test
    void aMoneyMovingPostWithoutIdempotencyKeyIsABadRequest() {
        UUID reader = UUID.randomUUID();
        as(reader, "reader").body("{\"amount\":" + money("1.00") + "}")
                .post("/api/v1/payments/withdrawals").then().statusCode(400)
                .contentType("application/problem+json")
                .body("header", equalTo("Idempotency-Key"));
    }

    @Test
    void anOverdraftIsRefusedWithTheAvailableAmount() {
        UUID reader = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "30.00");
        as(reader, "reader").header("Idempotency-Key", "w-1").body("{\"amount\":" + money("30.01") + "}")
                .post("/api/v1/payments/withdrawals").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://samia-tarot.local/problems/insufficient-funds"))
                .body("available.amount", equalTo("30.00"))
                .body("available.currency", equalTo("USD"));
        assertEquals(new BigDecimal("30.00"), Fixtures.balance(reader));
    }

    @Test
    void aWithdrawalDebitsTheWalletAndIsPaidOut() {
        UUID reader = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "40.00");
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            String txId = as(reader, "reader").header("Idempotency-Key", "w-ok").body("{\"amount\":" + money("15.50") + "}")
                    .post("/api/v1/payments/withdrawals").then().statusCode(201)
                    .body("type", equalTo("withdrawal"))
                    .body("direction", equalTo("debit"))
                    .body("status", equalTo("completed"))
                    .extract().path("id");
            assertEquals(new BigDecimal("24.50"), Fixtures.balance(reader));
            as(reader, "reader").get("/api/v1/transactions/" + txId).then().statusCode(200)
                    .body("gatewayTransactionId", notNullValue())
                    .body("payoutStatus", equalTo("paid"));
            List<JsonNode> events = probe.awaitAll(e -> KafkaProbe.ofType("withdrawal.requested", txId).test(e)
                    || ("wallet.debited".equals(e.path("type").asText()) && txId.equals(e.path("data").path("transactionId").asText())),
                    2, Duration.ofSeconds(20));
            events.forEach(EventContracts::assertConforms);
            JsonNode debited = events.stream().filter(e -> "wallet.debited".equals(e.path("type").asText())).findFirst().orElseThrow();
            assertEquals("24.50", debited.path("data").path("balance").path("amount").asText());
        }
    }

    @Test
    void aFailedPayoutIsRefundedAutomatically() {
        UUID reader = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "40.00");
        String failing = Fixtures.addPaymentMethod(reader, "reader", "sandbox", "sbx_fail_payout");
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            String txId = as(reader, "reader").header("Idempotency-Key", "w-fail")
                    .body("{\"amount\":" + money("25.00") + ",\"paymentMethodId\":\"" + failing + "\"}")
                    .post("/api/v1/payments/withdrawals").then().statusCode(201).extract().path("id");
            await().atMost(Duration.ofSeconds(10)).until(() -> new BigDecimal("40.00").equals(Fixtures.balance(reader)));
            as(reader, "reader").get("/api/v1/transactions?type=refund").then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].relatedTransactionId", equalTo(txId))
                    .body("items[0].amount.amount", equalTo("25.00"));
            EventContracts.assertConforms(probe.await(KafkaProbe.ofType("transaction.refunded", txId), Duration.ofSeconds(20)));
            assertEquals(Fixtures.ledgerSum(reader), Fixtures.balance(reader));
        }
    }

    @Test
    void onlyReadersWithdraw() {
        as(UUID.randomUUID(), "client").header("Idempotency-Key", "w-c").body("{\"amount\":" + money("1.00") + "}")
                .post("/api/v1/payments/withdrawals").then().statusCode(403);
    }

    @Test
    void aDebitBeyondTheDailyLimitIsRefusedNamingTheLimit() {
        UUID reader = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "100.00");
        Fixtures.ownerUpdate("update wallet.user_wallets set daily_limit = 20.00 where user_id = ?", reader);
        as(reader, "reader").header("Idempotency-Key", "l-1").body("{\"amount\":" + money("15.00") + "}")
                .post("/api/v1/payments/withdrawals").then().statusCode(201);
        as(reader, "reader").header("Idempotency-Key", "l-2").body("{\"amount\":" + money("6.00") + "}")
                .post("/api/v1/payments/withdrawals").then().statusCode(409)
                .body("type", equalTo("https://samia-tarot.local/problems/limit-exceeded"))
                .body("limit", equalTo("daily_limit"))
                .body("remaining.amount", equalTo("5.00"));
        as(reader, "reader").get("/api/v1/wallet").then().body("dailyRemaining.amount", equalTo("5.00"));
    }

    @Test
    void aDebitInAnotherCurrencyIsUnprocessable() {
        UUID reader = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "10.00");
        as(reader, "reader").header("Idempotency-Key", "c-1").body("{\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}")
                .post("/api/v1/payments/withdrawals").then().statusCode(422)
                .body("type", equalTo("https://samia-tarot.local/problems/currency-mismatch"));
    }

    @Test
    void amountsWithMoreThanTwoDecimalsOrZeroAreRefused() {
        UUID reader = UUID.randomUUID();
        as(reader, "reader").header("Idempotency-Key", "v-1").body("{\"amount\":" + money("1.001") + "}")
                .post("/api/v1/payments/withdrawals").then().statusCode(400).body("errors.field", hasItem("amount.amount"));
        as(reader, "reader").header("Idempotency-Key", "v-2").body("{\"amount\":" + money("0.00") + "}")
                .post("/api/v1/payments/withdrawals").then().statusCode(400);
    }

    @Test
    void anAdminFreezesAWalletAndDebitsAreRefusedUntilUnfrozen() {
        UUID reader = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "10.00");
        as(reader, "reader").body("{\"reason\":\"self\"}").post("/api/v1/wallet/" + reader + "/freeze").then().statusCode(403);
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            String walletId = as(admin, "admin").body("{\"reason\":\"chargeback investigation\"}")
                    .post("/api/v1/wallet/" + reader + "/freeze").then().statusCode(200).body("frozen", equalTo(true))
                    .extract().path("id");
            as(reader, "reader").header("Idempotency-Key", "f-1").body("{\"amount\":" + money("1.00") + "}")
                    .post("/api/v1/payments/withdrawals").then().statusCode(409)
                    .body("type", equalTo("https://samia-tarot.local/problems/wallet-frozen"));
            as(admin, "admin").body("{\"reason\":\"cleared\"}").post("/api/v1/wallet/" + reader + "/unfreeze").then().statusCode(200)
                    .body("frozen", equalTo(false));
            as(reader, "reader").header("Idempotency-Key", "f-2").body("{\"amount\":" + money("1.00") + "}")
                    .post("/api/v1/payments/withdrawals").then().statusCode(201);
            EventContracts.assertConforms(probe.await(KafkaProbe.ofType("wallet.frozen", walletId), Duration.ofSeconds(45)));
            EventContracts.assertConforms(probe.await(KafkaProbe.ofType("wallet.unfrozen", walletId), Duration.ofSeconds(45)));
        }
    }

    @Test
    void anotherUsersTransactionIsNotFoundButAnAdminSeesIt() {
        UUID owner = UUID.randomUUID();
        Fixtures.fund(owner, "client", "5.00");
        String txId = as(owner, "client").get("/api/v1/transactions").then().statusCode(200).extract().path("items[0].id");
        as(UUID.randomUUID(), "client").get("/api/v1/transactions/" + txId).then().statusCode(404)
                .contentType("application/problem+json");
        as(UUID.randomUUID(), "admin").get("/api/v1/transactions/" + txId).then().statusCode(200).body("userId", equalTo(owner.toString()));
        as(UUID.randomUUID(), "client").get("/api/v1/wallet/" + owner).then().statusCode(404);
        as(UUID.randomUUID(), "client").get("/api/v1/transactions?userId=" + owner).then().statusCode(403);
        as(UUID.randomUUID(), "admin").get("/api/v1/wallet/" + owner).then().statusCode(200).body("balance.amount", equalTo("5.00"));
    }

    @Test
    void rowLevelSecurityHidesOtherUsersRowsFromTheAppRole() throws Exception {
        UUID owner = UUID.randomUUID();
        Fixtures.fund(owner, "client", "5.00");
        try (Sql app = Sql.as("wallet_app")) {
            String foreign = "{\"sub\":\"" + UUID.randomUUID() + "\",\"role\":\"client\"}";
            String own = "{\"sub\":\"" + owner + "\",\"role\":\"client\"}";
            assertTrue(app.queryWithClaims(foreign, "select * from wallet.transactions where user_id = ?", owner).isEmpty());
            assertTrue(app.queryWithClaims(foreign, "select * from wallet.user_wallets where user_id = ?", owner).isEmpty());
            assertTrue(app.queryWithClaims(foreign, "select * from wallet.payment_methods where user_id = ?", owner).isEmpty());
            assertFalse(app.queryWithClaims(own, "select * from wallet.transactions where user_id = ?", owner).isEmpty());
            assertFalse(app.queryWithClaims("{\"sub\":\"" + UUID.randomUUID() + "\",\"role\":\"admin\"}",
                    "select * from wallet.user_wallets where user_id = ?", owner).isEmpty());
            // a user cannot raise their own balance even with a hand-written statement
            List<Map<String, Object>> updated = app.queryWithClaims(own,
                    "update wallet.user_wallets set balance = 1000000 where user_id = ? returning id", owner);
            assertTrue(updated.isEmpty());
            assertTrue(app.queryWithClaims("{}", "select * from wallet.transactions where user_id = ?", owner).isEmpty());
        }
    }

    @Test
    void theFixedUpdateWalletBalanceRaisesTypedErrorsInsteadOfReturningFalse() throws Exception {
        UUID owner = UUID.randomUUID();
        Fixtures.fund(owner, "client", "5.00");
        try (Sql sql = Sql.as("wallet_owner")) {
            assertEquals("WA001", sql.sqlStateOf("select wallet.update_wallet_balance(?, -5.01, 'payment')", owner));
            assertEquals("WA002", sql.sqlStateOf("select wallet.update_wallet_balance(?, 1, 'deposit')", UUID.randomUUID()));
            assertEquals("22023", sql.sqlStateOf("select wallet.update_wallet_balance(?, 0, 'deposit')", owner));
        }
        assertEquals(new BigDecimal("5.00"), Fixtures.balance(owner));
    }

    @Test
    void transactionsAreFilteredAndPagedWithACursor() {
        UUID reader = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "50.00");
        for (int i = 1; i <= 3; i++) {
            as(reader, "reader").header("Idempotency-Key", "p-" + i).body("{\"amount\":" + money(i + ".00") + "}")
                    .post("/api/v1/payments/withdrawals").then().statusCode(201);
        }
        String cursor = as(reader, "reader").get("/api/v1/transactions?type=withdrawal&limit=2").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].amount.amount", equalTo("3.00"))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        as(reader, "reader").get("/api/v1/transactions?type=withdrawal&limit=2&cursor=" + cursor).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].amount.amount", equalTo("1.00"))
                .body("nextCursor", nullValue());
        as(reader, "reader").get("/api/v1/transactions?status=completed&type=deposit").then().statusCode(200).body("items", hasSize(1));
        as(reader, "reader").get("/api/v1/transactions?limit=101").then().statusCode(400);
        as(reader, "reader").get("/api/v1/transactions?cursor=garbage").then().statusCode(400);
        as(reader, "reader").get("/api/v1/transactions?type=bogus").then().statusCode(400);
    }

    @Test
    void cardNumbersAndSecurityCodesAreRefused() {
        UUID user = UUID.randomUUID();
        as(user, "client").body("{\"methodType\":\"card\",\"provider\":\"sandbox\",\"providerMethodId\":\"sbx_pm_x\","
                        + "\"displayName\":\"my card 4242 4242 4242 4242\"}")
                .post("/api/v1/payment-methods").then().statusCode(400)
                .body("errors[0].field", equalTo("displayName"))
                .body(not(org.hamcrest.Matchers.containsString("4242 4242")));
        as(user, "client").body("{\"methodType\":\"card\",\"provider\":\"sandbox\",\"providerMethodId\":\"4111111111111111\"}")
                .post("/api/v1/payment-methods").then().statusCode(400);
        as(user, "client").body("{\"methodType\":\"card\",\"provider\":\"sandbox\",\"providerMethodId\":\"sbx_pm_x\",\"cvc\":\"123\"}")
                .post("/api/v1/payment-methods").then().statusCode(400).body("errors[0].field", equalTo("cvc"));
        as(user, "client").body("{\"methodType\":\"card\",\"provider\":\"sandbox\",\"providerMethodId\":\"sbx_pm_x\",\"displayName\":\"cvc 123\"}")
                .post("/api/v1/payment-methods").then().statusCode(400);
        as(user, "client").get("/api/v1/payment-methods").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void paymentMethodsAreListedMadeDefaultAndSoftDeleted() {
        UUID user = UUID.randomUUID();
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            String first = Fixtures.addPaymentMethod(user, "client", "sandbox", "sbx_pm_a");
            String second = Fixtures.addPaymentMethod(user, "client", "stripe", "pm_card_visa");
            as(user, "client").get("/api/v1/payment-methods").then().statusCode(200).body("", hasSize(2))
                    .body("find { it.id == '" + first + "' }.isDefault", equalTo(true))
                    .body("find { it.id == '" + second + "' }.isDefault", equalTo(false));
            as(user, "client").post("/api/v1/payment-methods/" + second + "/default").then().statusCode(200).body("isDefault", equalTo(true));
            as(UUID.randomUUID(), "client").delete("/api/v1/payment-methods/" + first).then().statusCode(404);
            as(user, "client").delete("/api/v1/payment-methods/" + first).then().statusCode(204);
            as(user, "client").get("/api/v1/payment-methods").then().body("", hasSize(1)).body("[0].id", equalTo(second))
                    .body("[0].isDefault", equalTo(true));
            assertEquals(1L, ((Number) Fixtures.ownerScalar("select count(*) from wallet.payment_methods where id = ?::uuid and deleted_at is not null", first)).longValue());
            EventContracts.assertConforms(probe.await(KafkaProbe.ofType("payment_method.removed", first), Duration.ofSeconds(20)));
        }
    }

    @Test
    void reconciliationIsForAdminsAndFindsEveryWalletBalanced() {
        UUID user = UUID.randomUUID();
        Fixtures.fund(user, "client", "7.00");
        as(user, "client").get("/api/v1/wallet/reconciliation").then().statusCode(403);
        as(UUID.randomUUID(), "admin").get("/api/v1/wallet/reconciliation").then().statusCode(200)
                .body("balanced", equalTo(true))
                .body("mismatches", hasSize(0));
        assertEquals(Boolean.TRUE, Fixtures.ownerScalar(
                "select reconciled from wallet.transactions where user_id = ? and transaction_type = 'deposit'", user));
    }

    @Test
    void requestsWithoutATokenAreUnauthorized() {
        given().get("/api/v1/wallet").then().statusCode(401).contentType("application/problem+json");
    }
}
