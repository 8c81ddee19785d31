package com.samiatarot.wallet;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.samiatarot.wallet.Fixtures.as;
import static com.samiatarot.wallet.Fixtures.money;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.samiatarot.wallet.gateway.WebhookSignature;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The Stripe-compatible gateway against a WireMock Stripe, and the webhook signature rules. */
@QuarkusTest
@QuarkusTestResource(StripeStub.class)
class StripeGatewayTest {

    static final String SECRET = "whsec_test_local";

    static String intentEvent(String eventId, String type, String intentId, long amountMinor) {
        return "{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\",\"data\":{\"object\":{\"id\":\"" + intentId
                + "\",\"object\":\"payment_intent\",\"amount\":" + amountMinor + ",\"currency\":\"usd\"}}}";
    }

    /** A pending Stripe deposit of 25.00 whose intent id is returned. */
    static String pendingDeposit(UUID user, String intentId) {
        StripeStub.server().stubFor(post(urlEqualTo("/v1/payment_intents"))
                .withFormParam("metadata[transaction_id]", matching(".+"))
                .withHeader("Idempotency-Key", containing(""))
                .withRequestBody(containing("payment_method=pm_" + user.toString().substring(0, 8)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + intentId + "\",\"object\":\"payment_intent\",\"status\":\"processing\",\"amount\":2500,"
                                + "\"currency\":\"usd\",\"client_secret\":\"cs_x\",\"livemode\":false}")));
        String method = Fixtures.addPaymentMethod(user, "client", "stripe", "pm_" + user.toString().substring(0, 8));
        return as(user, "client").header("Idempotency-Key", "s-" + user)
                .body("{\"amount\":" + money("25.00") + ",\"paymentMethodId\":\"" + method + "\"}")
                .post("/api/v1/payments/deposits").then().statusCode(201)
                .body("gatewayTransactionId", org.hamcrest.Matchers.equalTo(intentId))
                .body("status", org.hamcrest.Matchers.equalTo("pending"))
                .extract().path("id");
    }

    static io.restassured.response.ValidatableResponse webhook(String payload, String signature) {
        var request = given().contentType("application/json").body(payload);
        if (signature != null) {
            request = request.header("Stripe-Signature", signature);
        }
        return request.post("/api/v1/payments/webhooks/stripe").then();
    }

    @Test
    void aStripeDepositCreatesAnIntentWithTheSecretKeyAndAnIdempotencyKey() {
        UUID user = UUID.randomUUID();
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        pendingDeposit(user, intent);
        StripeStub.server().verify(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo("Bearer sk_test_local"))
                .withHeader("Idempotency-Key", matching("deposit-.+"))
                .withRequestBody(containing("amount=2500"))
                .withRequestBody(containing("currency=usd")));
    }

    @Test
    void unsignedBadlySignedAndStaleWebhooksAreRefusedAndChangeNothing() {
        UUID user = UUID.randomUUID();
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        String txId = pendingDeposit(user, intent);
        String payload = intentEvent("evt_" + UUID.randomUUID(), "payment_intent.succeeded", intent, 2500);
        long now = Instant.now().getEpochSecond();

        webhook(payload, null).statusCode(400).contentType("application/problem+json");
        webhook(payload, "t=" + now + ",v1=" + "0".repeat(64)).statusCode(400);
        webhook(payload, WebhookSignature.header("whsec_wrong", now, payload)).statusCode(400);
        webhook(payload, WebhookSignature.header(SECRET, now - 301, payload)).statusCode(400);
        webhook(payload + " ", WebhookSignature.header(SECRET, now, payload)).statusCode(400);
        webhook(payload, "garbage").statusCode(400);

        assertEquals("pending", Fixtures.ownerScalar("select status from wallet.transactions where id = ?::uuid", txId));
        assertEquals(0, Fixtures.balance(user).signum());
        assertEquals(0L, ((Number) Fixtures.ownerScalar("select count(*) from wallet.gateway_events where event_id = ?",
                payload.substring(7, payload.indexOf("\"", 7)))).longValue());
    }

    @Test
    void aSignedWebhookCompletesTheDepositOnceEvenWhenRedelivered() {
        UUID user = UUID.randomUUID();
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        String txId = pendingDeposit(user, intent);
        String payload = intentEvent("evt_" + UUID.randomUUID(), "payment_intent.succeeded", intent, 2500);
        webhook(payload, WebhookSignature.header(SECRET, Instant.now().getEpochSecond(), payload)).statusCode(200)
                .body("outcome", org.hamcrest.Matchers.equalTo("completed"));
        webhook(payload, WebhookSignature.header(SECRET, Instant.now().getEpochSecond(), payload)).statusCode(200)
                .body("outcome", org.hamcrest.Matchers.equalTo("duplicate"));
        // a second, different event for the same intent does not credit twice either
        String other = intentEvent("evt_" + UUID.randomUUID(), "payment_intent.succeeded", intent, 2500);
        webhook(other, WebhookSignature.header(SECRET, Instant.now().getEpochSecond(), other)).statusCode(200)
                .body("outcome", org.hamcrest.Matchers.equalTo("already completed"));
        assertEquals(new BigDecimal("25.00"), Fixtures.balance(user));
        assertEquals("completed", Fixtures.ownerScalar("select status from wallet.transactions where id = ?::uuid", txId));
        assertEquals(new BigDecimal("1.03"), Fixtures.ownerScalar("select gateway_fee from wallet.transactions where id = ?::uuid", txId));
    }

    @Test
    void aFailedPaymentIntentFailsTheDeposit() {
        UUID user = UUID.randomUUID();
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        String txId = pendingDeposit(user, intent);
        String payload = intentEvent("evt_" + UUID.randomUUID(), "payment_intent.payment_failed", intent, 2500);
        webhook(payload, WebhookSignature.header(SECRET, Instant.now().getEpochSecond(), payload)).statusCode(200);
        assertEquals("failed", Fixtures.ownerScalar("select status from wallet.transactions where id = ?::uuid", txId));
        assertEquals(0, Fixtures.balance(user).signum());
    }

    @Test
    void aGatewayRefusalIsABadGatewayAndLeavesNoTransaction() {
        UUID user = UUID.randomUUID();
        StripeStub.server().stubFor(post(urlEqualTo("/v1/payment_intents"))
                .withRequestBody(containing("payment_method=pm_declined_" + user.toString().substring(0, 8)))
                .willReturn(aResponse().withStatus(402).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\"}}")));
        String method = Fixtures.addPaymentMethod(user, "client", "stripe", "pm_declined_" + user.toString().substring(0, 8));
        as(user, "client").header("Idempotency-Key", "d-" + user)
                .body("{\"amount\":" + money("25.00") + ",\"paymentMethodId\":\"" + method + "\"}")
                .post("/api/v1/payments/deposits").then().statusCode(502).contentType("application/problem+json");
        assertEquals(0L, ((Number) Fixtures.ownerScalar("select count(*) from wallet.transactions where user_id = ?", user)).longValue());
    }

    @Test
    void aWebhookForAnIntentNotKnownYetIsNotRecordedSoTheGatewaysRetryStillCounts() {
        String payload = intentEvent("evt_" + UUID.randomUUID(), "payment_intent.succeeded", "pi_unknown_" + UUID.randomUUID(), 100);
        webhook(payload, WebhookSignature.header(SECRET, Instant.now().getEpochSecond(), payload)).statusCode(200)
                .body("outcome", org.hamcrest.Matchers.equalTo("unknown intent"));
        assertEquals(0L, ((Number) Fixtures.ownerScalar("select count(*) from wallet.gateway_events where event_id = ?",
                payload.substring(7, payload.indexOf("\"", 7)))).longValue());
    }
}
