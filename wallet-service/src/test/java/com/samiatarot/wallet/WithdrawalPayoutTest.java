package com.samiatarot.wallet;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.samiatarot.wallet.Fixtures.as;
import static com.samiatarot.wallet.Fixtures.money;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.samiatarot.wallet.domain.PayoutRecovery;
import com.samiatarot.wallet.gateway.WebhookSignature;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;

/**
 * Withdrawals paid out through the Stripe-compatible gateway (WireMock). A refusal gives the money back at once; no
 * answer does not (the payout may have been made): the withdrawal stays debited until the gateway says what happened.
 */
@QuarkusTest
@QuarkusTestResource(StripeStub.class)
class WithdrawalPayoutTest {

    @Inject
    PayoutRecovery recovery;

    /** A reader funded with 30.00 whose Stripe payout destination is answered by {@code answer}; returns the method id. */
    static String readerWithStripeDestination(UUID reader, String destination, ResponseDefinitionBuilder answer) {
        Fixtures.fund(reader, "reader", "30.00");
        stubPayout(destination, answer);
        return Fixtures.addPaymentMethod(reader, "reader", "stripe", destination);
    }

    static void stubPayout(String destination, ResponseDefinitionBuilder answer) {
        StripeStub.server().stubFor(post(urlEqualTo("/v1/payouts")).withRequestBody(containing("destination=" + destination))
                .willReturn(answer));
    }

    static ResponseDefinitionBuilder payout(String id, String status) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + id + "\",\"object\":\"payout\",\"status\":\"" + status + "\",\"amount\":1200,\"currency\":\"usd\"}");
    }

    static String withdraw(UUID reader, String method) {
        return as(reader, "reader").header("Idempotency-Key", "po-" + reader)
                .body("{\"amount\":" + money("12.00") + ",\"paymentMethodId\":\"" + method + "\"}")
                .post("/api/v1/payments/withdrawals").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse payoutEvent(String eventId, String type, String payoutId, String withdrawalId) {
        String payload = "{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\",\"data\":{\"object\":{\"id\":\"" + payoutId
                + "\",\"object\":\"payout\",\"amount\":1200,\"currency\":\"usd\",\"metadata\":{\"transaction_id\":\"" + withdrawalId + "\"}}}}";
        return StripeGatewayTest.webhook(payload, WebhookSignature.header(StripeGatewayTest.SECRET, Instant.now().getEpochSecond(), payload));
    }

    static String payoutStatus(String withdrawalId) {
        return (String) Fixtures.ownerScalar("select payout_status from wallet.transactions where id = ?::uuid", withdrawalId);
    }

    static long refunds(String withdrawalId) {
        return ((Number) Fixtures.ownerScalar("select count(*) from wallet.transactions where related_transaction_id = ?::uuid"
                + " and transaction_type = 'refund'", withdrawalId)).longValue();
    }

    static void assertBalanced(UUID reader, String balance) {
        assertEquals(new BigDecimal(balance), Fixtures.balance(reader));
        assertEquals(Fixtures.ledgerSum(reader), Fixtures.balance(reader));
    }

    @Test
    void anAcceptedPayoutIsRecordedAndSettledOnceByPayoutPaid() {
        UUID reader = UUID.randomUUID();
        String destination = "ba_ok_" + reader.toString().substring(0, 8);
        String payoutId = "po_" + UUID.randomUUID().toString().replace("-", "");
        String method = readerWithStripeDestination(reader, destination, payout(payoutId, "pending"));

        String txId = withdraw(reader, method);
        assertBalanced(reader, "18.00");
        assertEquals("sent", payoutStatus(txId));
        as(reader, "reader").get("/api/v1/transactions/" + txId).then().statusCode(200)
                .body("gatewayTransactionId", is(payoutId)).body("payoutStatus", is("sent"));
        StripeStub.server().verify(1, postRequestedFor(urlEqualTo("/v1/payouts"))
                .withHeader("Authorization", equalTo("Bearer sk_test_local"))
                .withHeader("Idempotency-Key", equalTo("payout-" + txId))
                .withRequestBody(containing("amount=1200"))
                .withRequestBody(containing("destination=" + destination)));

        String event = "evt_" + UUID.randomUUID();
        payoutEvent(event, "payout.paid", payoutId, txId).statusCode(200).body("outcome", is("paid"));
        payoutEvent(event, "payout.paid", payoutId, txId).statusCode(200).body("outcome", is("duplicate"));
        assertEquals("paid", payoutStatus(txId));
        assertBalanced(reader, "18.00");
    }

    @Test
    void aStripeRefusalOfThePayoutGivesTheMoneyBackAtOnce() {
        UUID reader = UUID.randomUUID();
        String destination = "ba_no_" + reader.toString().substring(0, 8);
        String method = readerWithStripeDestination(reader, destination, aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"type\":\"invalid_request_error\"}}"));

        String txId = withdraw(reader, method);
        assertBalanced(reader, "30.00");
        assertEquals("failed", payoutStatus(txId));
        assertEquals(1L, refunds(txId));
        // a refusal is an answer: asked once, not retried
        StripeStub.server().verify(1, postRequestedFor(urlEqualTo("/v1/payouts")).withRequestBody(containing("destination=" + destination)));
    }

    @Test
    void aPayoutStripeDoesNotAnswerStaysDebitedUntilPayoutFailedRefundsItExactlyOnce() {
        UUID reader = UUID.randomUUID();
        String destination = "ba_5xx_" + reader.toString().substring(0, 8);
        String method = readerWithStripeDestination(reader, destination, aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"type\":\"api_error\"}}"));

        String txId = withdraw(reader, method);
        // Stripe may have paid it: no refund, the money stays out of the wallet
        assertBalanced(reader, "18.00");
        assertEquals("pending", payoutStatus(txId));
        assertEquals(0L, refunds(txId));
        // asked again a bounded number of times, always as the same payout
        StripeStub.server().verify(3, postRequestedFor(urlEqualTo("/v1/payouts")).withRequestBody(containing("destination=" + destination)));
        StripeStub.server().verify(3, postRequestedFor(urlEqualTo("/v1/payouts")).withHeader("Idempotency-Key", equalTo("payout-" + txId)));

        // Stripe reports the payout failed; we never learnt its id, our withdrawal id comes back in its metadata
        String payoutId = "po_" + UUID.randomUUID().toString().replace("-", "");
        String event = "evt_" + UUID.randomUUID();
        payoutEvent(event, "payout.failed", payoutId, txId).statusCode(200).body("outcome", is("refunded"));
        assertBalanced(reader, "30.00");
        assertEquals("failed", payoutStatus(txId));
        assertEquals(1L, refunds(txId));

        // the same event redelivered, and another event about the same payout, change nothing
        payoutEvent(event, "payout.failed", payoutId, txId).statusCode(200).body("outcome", is("duplicate"));
        payoutEvent("evt_" + UUID.randomUUID(), "payout.failed", payoutId, txId).statusCode(200)
                .body("outcome", is("already refunded"));
        assertBalanced(reader, "30.00");
        assertEquals(1L, refunds(txId));
    }

    @Test
    void aTimedOutPayoutIsNotRefundedAndTheRecoveryJobLearnsItsOutcomeWithTheSameKey() throws Throwable {
        UUID reader = UUID.randomUUID();
        String destination = "ba_slow_" + reader.toString().substring(0, 8);
        String payoutId = "po_" + UUID.randomUUID().toString().replace("-", "");
        // answers only after the client's 2 s read timeout
        String method = readerWithStripeDestination(reader, destination, payout(payoutId, "pending").withFixedDelay(5000));

        String txId = withdraw(reader, method);
        assertBalanced(reader, "18.00");
        assertEquals("pending", payoutStatus(txId));
        assertEquals(0L, refunds(txId));

        // later Stripe answers again; the job asks about every pending payout with the payout's own key
        stubPayout(destination, payout(payoutId, "pending"));
        VertxContextSupport.subscribeAndAwait(() -> recovery.settlePending(Duration.ZERO));
        assertEquals("sent", payoutStatus(txId));
        assertEquals(payoutId, Fixtures.ownerScalar("select gateway_transaction_id from wallet.transactions where id = ?::uuid", txId));
        assertBalanced(reader, "18.00");
        StripeStub.server().verify(4, postRequestedFor(urlEqualTo("/v1/payouts")).withHeader("Idempotency-Key", equalTo("payout-" + txId)));
    }
}
