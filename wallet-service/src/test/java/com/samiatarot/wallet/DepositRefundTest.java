package com.samiatarot.wallet;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.samiatarot.wallet.Fixtures.as;
import static com.samiatarot.wallet.Fixtures.money;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.EventContracts;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.wallet.gateway.WebhookSignature;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Admin refunds of completed deposits back to the card: sandbox and the Stripe-compatible gateway (WireMock). */
@QuarkusTest
@QuarkusTestResource(StripeStub.class)
class DepositRefundTest {

    static ValidatableResponse refund(UUID admin, String key, String depositId, String body) {
        return as(admin, "admin").header("Idempotency-Key", key).body(body)
                .post("/api/v1/transactions/" + depositId + "/refund").then();
    }

    static String amount(String value) {
        return "{\"amount\":" + money(value) + ",\"reason\":\"customer asked\"}";
    }

    static String status(String txId) {
        return (String) Fixtures.ownerScalar("select status from wallet.transactions where id = ?::uuid", txId);
    }

    static void assertBalanced(UUID user, String balance) {
        assertEquals(new BigDecimal(balance), Fixtures.balance(user));
        assertEquals(Fixtures.ledgerSum(user), Fixtures.balance(user));
    }

    @Test
    void anAdminRefundsPartOfASandboxDepositToTheCardAndNeverMoreThanTheDeposit() {
        UUID client = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        String deposit = Fixtures.fund(client, "client", "50.00");
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            as(client, "client").header("Idempotency-Key", "self").body(amount("5.00"))
                    .post("/api/v1/transactions/" + deposit + "/refund").then().statusCode(403).contentType("application/problem+json");

            String refundId = refund(admin, "dr-1", deposit, amount("20.00")).statusCode(201)
                    .body("type", org.hamcrest.Matchers.equalTo("refund"))
                    .body("direction", org.hamcrest.Matchers.equalTo("debit"))
                    .body("status", org.hamcrest.Matchers.equalTo("completed"))
                    .body("amount.amount", org.hamcrest.Matchers.equalTo("20.00"))
                    .body("relatedTransactionId", org.hamcrest.Matchers.equalTo(deposit))
                    .body("gatewayProvider", org.hamcrest.Matchers.equalTo("sandbox"))
                    .body("gatewayTransactionId", startsWith("sbx_re_"))
                    .extract().path("id");
            assertBalanced(client, "30.00");

            // same key, same body: the first answer, and no second debit
            String replay = refund(admin, "dr-1", deposit, amount("20.00")).statusCode(201)
                    .header("Idempotent-Replayed", "true").extract().path("id");
            assertEquals(refundId, replay);
            assertBalanced(client, "30.00");

            refund(admin, "dr-2", deposit, amount("30.01")).statusCode(422).contentType("application/problem+json")
                    .body("refundable.amount", org.hamcrest.Matchers.equalTo("30.00"));
            refund(admin, "dr-3", deposit, "{\"reason\":\"the rest\"}").statusCode(201)
                    .body("amount.amount", org.hamcrest.Matchers.equalTo("30.00"));
            refund(admin, "dr-4", deposit, "{\"reason\":\"again\"}").statusCode(409);
            assertBalanced(client, "0.00");

            JsonNode refunded = probe.await(KafkaProbe.ofType("transaction.refunded", deposit), Duration.ofSeconds(20));
            EventContracts.assertConforms(refunded);
            assertEquals("deposit", refunded.path("data").path("transactionType").asText());
            assertEquals("refunded", refunded.path("data").path("status").asText());
        }
    }

    @Test
    void aRefundLargerThanTheBalanceIsRefusedWithTheAvailableAmountAndChangesNothing() {
        UUID reader = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        String deposit = Fixtures.fund(reader, "reader", "50.00");
        // the reader spends 40 of it: only 10 are left to give back
        as(reader, "reader").header("Idempotency-Key", "w-" + reader).body("{\"amount\":" + money("40.00") + "}")
                .post("/api/v1/payments/withdrawals").then().statusCode(201);
        refund(admin, "big-" + reader, deposit, amount("20.00")).statusCode(409).contentType("application/problem+json")
                .body("available.amount", org.hamcrest.Matchers.equalTo("10.00"));
        assertBalanced(reader, "10.00");
        assertEquals(0L, ((Number) Fixtures.ownerScalar("select count(*) from wallet.transactions where related_transaction_id = ?::uuid",
                deposit)).longValue());
    }

    @Test
    void aDeclinedSandboxRefundLeavesTheBalanceAsItWasAndTheKeyFreeForARetry() {
        UUID client = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        String deposit = Fixtures.fund(client, "client", "50.00", "sbx_norefund_" + client.toString().substring(0, 8));
        String key = "decline-" + client;
        refund(admin, key, deposit, amount("20.00")).statusCode(502).contentType("application/problem+json");
        assertBalanced(client, "50.00");
        String attempt = (String) Fixtures.ownerScalar("select id::text from wallet.transactions where related_transaction_id = ?::uuid",
                deposit);
        assertEquals("failed", status(attempt));
        // the key was released: a retry asks the gateway again instead of replaying or answering "in progress"
        refund(admin, key, deposit, amount("20.00")).statusCode(502);
        assertBalanced(client, "50.00");
    }

    @Test
    void onlyCompletedDepositsAreRefundedToTheCard() {
        UUID client = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        String method = Fixtures.addPaymentMethod(client, "client", "sandbox", "sbx_fail_" + client.toString().substring(0, 8));
        String declined = as(client, "client").header("Idempotency-Key", "dd-" + client)
                .body("{\"amount\":" + money("10.00") + ",\"paymentMethodId\":\"" + method + "\"}")
                .post("/api/v1/payments/deposits").then().statusCode(201).extract().path("id");
        Fixtures.awaitStatus(declined, "failed");
        refund(admin, "nd-" + client, declined, amount("10.00")).statusCode(422).contentType("application/problem+json");
        refund(admin, "nf-" + client, UUID.randomUUID().toString(), amount("10.00")).statusCode(404);
    }

    /** A completed Stripe deposit of 25.00; returns its transaction id. */
    static String stripeDeposit(UUID user, String intent) {
        String txId = StripeGatewayTest.pendingDeposit(user, intent);
        String payload = StripeGatewayTest.intentEvent("evt_" + UUID.randomUUID(), "payment_intent.succeeded", intent, 2500);
        StripeGatewayTest.webhook(payload, WebhookSignature.header(StripeGatewayTest.SECRET, Instant.now().getEpochSecond(), payload))
                .statusCode(200);
        return txId;
    }

    static void stubRefund(String intent, int status, String body) {
        StripeStub.server().stubFor(post(urlEqualTo("/v1/refunds")).withRequestBody(containing("payment_intent=" + intent))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void aStripeRefundIsAFormEncodedPostOfThePaymentIntentAndAmount() {
        UUID client = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        String deposit = stripeDeposit(client, intent);
        String gatewayRefund = "re_" + UUID.randomUUID().toString().replace("-", "");
        stubRefund(intent, 200, "{\"id\":\"" + gatewayRefund + "\",\"object\":\"refund\",\"status\":\"succeeded\",\"amount\":1000,"
                + "\"currency\":\"usd\",\"payment_intent\":\"" + intent + "\"}");
        String refundId = refund(admin, "sr-" + client, deposit, amount("10.00")).statusCode(201)
                .body("gatewayTransactionId", org.hamcrest.Matchers.equalTo(gatewayRefund)).extract().path("id");
        assertBalanced(client, "15.00");
        StripeStub.server().verify(1, postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Authorization", equalTo("Bearer sk_test_local"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withHeader("Idempotency-Key", equalTo("refund-" + refundId))
                .withRequestBody(containing("payment_intent=" + intent))
                .withRequestBody(containing("amount=1000"))
                .withRequestBody(containing("metadata[transaction_id]=" + refundId)));
    }

    @Test
    void aStripeRefusalGivesTheMoneyBackInTheSameStep() {
        UUID client = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        String deposit = stripeDeposit(client, intent);
        stubRefund(intent, 400, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"charge_already_refunded\"}}");
        refund(admin, "sx-" + client, deposit, amount("10.00")).statusCode(502).contentType("application/problem+json");
        assertBalanced(client, "25.00");
        StripeStub.server().verify(1, postRequestedFor(urlEqualTo("/v1/refunds")).withRequestBody(containing("payment_intent=" + intent)));
    }

    @Test
    void whenStripeDoesNotAnswerTheWalletStaysDebitedUntilTheRefundFailedWebhookSettlesIt() {
        UUID client = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        String deposit = stripeDeposit(client, intent);
        stubRefund(intent, 500, "{\"error\":{\"type\":\"api_error\"}}");
        refund(admin, "sa-" + client, deposit, amount("10.00")).statusCode(502).contentType("application/problem+json");
        // the card may have been refunded: the money stays out of the wallet (never created twice)
        assertBalanced(client, "15.00");
        // asked again with the same idempotency key, never with a new one
        StripeStub.server().verify(3, postRequestedFor(urlEqualTo("/v1/refunds")).withRequestBody(containing("payment_intent=" + intent)));
        String refundId = (String) Fixtures.ownerScalar("select id::text from wallet.transactions where related_transaction_id = ?::uuid",
                deposit);
        StripeStub.server().verify(3, postRequestedFor(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo("refund-" + refundId)));

        // Stripe later reports the refund failed; our id comes back in its metadata
        String payload = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"refund.failed\",\"data\":{\"object\":{\"id\":\"re_"
                + UUID.randomUUID().toString().replace("-", "") + "\",\"object\":\"refund\",\"status\":\"failed\",\"amount\":1000,"
                + "\"metadata\":{\"transaction_id\":\"" + refundId + "\"}}}}";
        StripeGatewayTest.webhook(payload, WebhookSignature.header(StripeGatewayTest.SECRET, Instant.now().getEpochSecond(), payload))
                .statusCode(200).body("outcome", org.hamcrest.Matchers.equalTo("refund failed"));
        assertEquals("failed", status(refundId));
        assertBalanced(client, "25.00");
        // a redelivery of the same event changes nothing
        StripeGatewayTest.webhook(payload, WebhookSignature.header(StripeGatewayTest.SECRET, Instant.now().getEpochSecond(), payload))
                .statusCode(200).body("outcome", org.hamcrest.Matchers.equalTo("duplicate"));
        assertBalanced(client, "25.00");
    }
}
