package com.samiatarot.wallet;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.samiatarot.wallet.DepositRefundTest.amount;
import static com.samiatarot.wallet.DepositRefundTest.assertBalanced;
import static com.samiatarot.wallet.DepositRefundTest.refund;
import static com.samiatarot.wallet.DepositRefundTest.status;
import static com.samiatarot.wallet.DepositRefundTest.stripeDeposit;
import static com.samiatarot.wallet.DepositRefundTest.stubRefund;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.wallet.api.TransactionView;
import com.samiatarot.wallet.domain.DepositRefunds;
import com.samiatarot.wallet.domain.RefundRecovery;
import com.samiatarot.wallet.gateway.WebhookSignature;
import com.samiatarot.wallet.persistence.LedgerEntry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Deposit refunds whose gateway call got no definitive answer: the recovery job asks Stripe (WireMock) again with the
 * same idempotency key and settles each once, whoever else (a webhook, another run, another replica) gets there too.
 */
@QuarkusTest
@QuarkusTestResource(StripeStub.class)
class DepositRefundRecoveryTest {

    @Inject
    RefundRecovery recovery;

    @Inject
    DepositRefunds depositRefunds;

    /** A client with a 25.00 Stripe deposit and a 10.00 refund of it that Stripe never answered. */
    record Unanswered(UUID client, UUID admin, String key, String intent, String deposit, String refundId) {
    }

    static Unanswered unansweredRefund() {
        UUID client = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        String deposit = stripeDeposit(client, intent);
        String key = "rr-" + client;
        stubRefund(intent, 500, "{\"error\":{\"type\":\"api_error\"}}");
        refund(admin, key, deposit, amount("10.00")).statusCode(502).contentType("application/problem+json");
        assertBalanced(client, "15.00");
        String refundId = (String) Fixtures.ownerScalar("select id::text from wallet.transactions where related_transaction_id = ?::uuid",
                deposit);
        // the admin's key is still in progress: a retry neither refunds twice nor answers
        refund(admin, key, deposit, amount("10.00")).statusCode(409).contentType("application/problem+json");
        return new Unanswered(client, admin, key, intent, deposit, refundId);
    }

    static void stubRefundSucceeded(String intent, String gatewayRefund) {
        stubRefund(intent, 200, "{\"id\":\"" + gatewayRefund + "\",\"object\":\"refund\",\"status\":\"succeeded\",\"amount\":1000,"
                + "\"currency\":\"usd\",\"payment_intent\":\"" + intent + "\"}");
    }

    static Object gatewayId(String refundId) {
        return Fixtures.ownerScalar("select gateway_transaction_id from wallet.transactions where id = ?::uuid", refundId);
    }

    static long refundedEvents(String deposit) {
        return ((Number) Fixtures.ownerScalar("select count(*) from wallet.outbox where event_type = 'transaction.refunded'"
                + " and aggregate_id = ?", deposit)).longValue();
    }

    static long refundCalls(String refundId) {
        return StripeStub.server().findAll(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo("refund-" + refundId))).size();
    }

    void runRecovery() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> recovery.settleUnanswered(Duration.ZERO));
    }

    @Test
    void whenStripeLaterAnswersTheRefundTheJobRecordsItAnnouncesItOnceAndTheAdminsKeyReplays201() throws Throwable {
        Unanswered r = unansweredRefund();
        String gatewayRefund = "re_" + UUID.randomUUID().toString().replace("-", "");
        stubRefundSucceeded(r.intent(), gatewayRefund);
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            runRecovery();
            assertEquals(gatewayRefund, gatewayId(r.refundId()));
            assertEquals("completed", status(r.refundId()));
            assertBalanced(r.client(), "15.00");
            // asked three times by the request, once more by the job: always the same refund for Stripe
            assertEquals(4, refundCalls(r.refundId()));
            JsonNode refunded = probe.await(KafkaProbe.ofType("transaction.refunded", r.deposit()), Duration.ofSeconds(20));
            assertEquals("refunded", refunded.path("data").path("status").asText());
            assertEquals(1L, refundedEvents(r.deposit()));
        }
        // the admin's retry now gets the answer the request would have had
        refund(r.admin(), r.key(), r.deposit(), amount("10.00")).statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", is(r.refundId())).body("gatewayTransactionId", is(gatewayRefund)).body("status", is("completed"));

        // a second run finds nothing to do: no gateway call, no second event, no change
        runRecovery();
        assertEquals(4, refundCalls(r.refundId()));
        assertEquals(1L, refundedEvents(r.deposit()));
        assertEquals(gatewayRefund, gatewayId(r.refundId()));
        assertBalanced(r.client(), "15.00");
    }

    @Test
    void whenStripeLaterRefusesTheRefundTheJobRestoresTheBalanceOnceAndReleasesTheKey() throws Throwable {
        Unanswered r = unansweredRefund();
        stubRefund(r.intent(), 400, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"charge_disputed\"}}");
        runRecovery();
        assertEquals("failed", status(r.refundId()));
        assertNull(gatewayId(r.refundId()));
        assertBalanced(r.client(), "25.00");
        assertEquals(0L, refundedEvents(r.deposit()));

        // run again: the failed refund is not asked about, the money is not given back twice
        runRecovery();
        assertEquals(4, refundCalls(r.refundId()));
        assertBalanced(r.client(), "25.00");

        // the key was released: the admin's retry runs anew as a new refund
        String gatewayRefund = "re_" + UUID.randomUUID().toString().replace("-", "");
        stubRefundSucceeded(r.intent(), gatewayRefund);
        refund(r.admin(), r.key(), r.deposit(), amount("10.00")).statusCode(201)
                .body("id", not(is(r.refundId()))).body("gatewayTransactionId", is(gatewayRefund));
        assertBalanced(r.client(), "15.00");
    }

    @Test
    void aRefundFailedWebhookSettlesItFirstAndALaterOrConcurrentRecoveryChangesNothing() throws Throwable {
        Unanswered r = unansweredRefund();
        // what a second replica read before the webhook arrived: the row still unanswered
        LedgerEntry stale = new LedgerEntry();
        stale.id = UUID.fromString(r.refundId());
        stale.type = "refund";
        stale.balanceEffect = LedgerEntry.DEBIT;
        stale.status = "completed";
        stale.amount = new BigDecimal("10.00");
        stale.currency = (String) Fixtures.ownerScalar("select currency from wallet.transactions where id = ?::uuid", r.refundId());
        stale.gatewayProvider = "stripe";
        stale.relatedTransactionId = UUID.fromString(r.deposit());
        stale.processedBy = r.admin();
        stale.idempotencyKey = r.key();

        String payload = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"refund.failed\",\"data\":{\"object\":{\"id\":\"re_"
                + UUID.randomUUID().toString().replace("-", "") + "\",\"object\":\"refund\",\"status\":\"failed\",\"amount\":1000,"
                + "\"metadata\":{\"transaction_id\":\"" + r.refundId() + "\"}}}}";
        StripeGatewayTest.webhook(payload, WebhookSignature.header(StripeGatewayTest.SECRET, Instant.now().getEpochSecond(), payload))
                .statusCode(200).body("outcome", is("refund failed"));
        assertEquals("failed", status(r.refundId()));
        assertBalanced(r.client(), "25.00");

        // Stripe answers yes to a repeat now: neither the job nor the replica's stale run may record or announce it
        stubRefundSucceeded(r.intent(), "re_" + UUID.randomUUID().toString().replace("-", ""));
        runRecovery();
        assertEquals(3, refundCalls(r.refundId()));
        assertEquals("settled meanwhile", VertxContextSupport.subscribeAndAwait(
                () -> depositRefunds.recover(new DepositRefunds.Started(stale, r.intent()), TransactionView::of)));
        assertEquals("failed", status(r.refundId()));
        assertNull(gatewayId(r.refundId()));
        assertEquals(0L, refundedEvents(r.deposit()));
        assertBalanced(r.client(), "25.00");

        // a stale run that hears a refusal does not give the money back a second time either
        stubRefund(r.intent(), 400, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"charge_disputed\"}}");
        assertEquals("settled meanwhile", VertxContextSupport.subscribeAndAwait(
                () -> depositRefunds.recover(new DepositRefunds.Started(stale, r.intent()), TransactionView::of)));
        assertBalanced(r.client(), "25.00");

        // the webhook released the admin's key: a retry runs anew (Stripe refuses it now, so nothing moves)
        refund(r.admin(), r.key(), r.deposit(), amount("10.00")).statusCode(502).contentType("application/problem+json");
        assertBalanced(r.client(), "25.00");
    }
}
