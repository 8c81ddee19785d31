package com.samiatarot.wallet;

import static com.samiatarot.wallet.Fixtures.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.EventContracts;
import com.samiatarot.shared.testing.KafkaProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The wallet side of the reading payment saga, driven by tarot.events records on the real broker. */
@QuarkusTest
@QuarkusTestResource(StripeStub.class)
class ReadingSagaTest {

    static String requested(UUID reading, UUID client, UUID reader, String price) {
        return Fixtures.cloudEvent("reading.requested", "tarot-service", reading,
                "{\"readingId\":\"" + reading + "\",\"clientId\":\"" + client + "\",\"readerId\":\"" + reader
                        + "\",\"spreadId\":\"" + UUID.randomUUID() + "\",\"sessionType\":\"standard\",\"durationMinutes\":30,"
                        + "\"price\":{\"amount\":\"" + price + "\",\"currency\":\"USD\"},\"actorId\":\"" + client + "\",\"actorRole\":\"client\"}");
    }

    static String completed(UUID reading, UUID client, UUID reader, String price) {
        return Fixtures.cloudEvent("reading.completed", "tarot-service", reading,
                "{\"readingId\":\"" + reading + "\",\"clientId\":\"" + client + "\",\"readerId\":\"" + reader
                        + "\",\"price\":{\"amount\":\"" + price + "\",\"currency\":\"USD\"},\"durationMinutes\":30}");
    }

    static String cancelled(UUID reading, UUID client, UUID reader) {
        return Fixtures.cloudEvent("reading.cancelled", "tarot-service", reading,
                "{\"readingId\":\"" + reading + "\",\"clientId\":\"" + client + "\",\"readerId\":\"" + reader
                        + "\",\"cancelledBy\":\"" + client + "\",\"reason\":\"changed my mind\"}");
    }

    static String holdStatus(UUID reading) {
        return (String) Fixtures.ownerScalar("select status from wallet.wallet_holds where reading_id = ?", reading);
    }

    @Test
    void aRequestedReadingHoldsThePriceAndCompletionPaysTheReaderMinusThePlatformFee() {
        UUID client = UUID.randomUUID();
        UUID reader = UUID.randomUUID();
        UUID reading = UUID.randomUUID();
        Fixtures.fund(client, "client", "100.00");
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            String request = requested(reading, client, reader, "30.00");
            KafkaProbe.send(Topics.TAROT, reading.toString(), request);
            JsonNode placed = probe.await(KafkaProbe.ofType("wallet.hold_placed", reading.toString()), Duration.ofSeconds(30));
            EventContracts.assertConforms(placed);
            assertEquals("30.00", placed.path("data").path("amount").path("amount").asText());
            as(client, "client").get("/api/v1/wallet").then()
                    .body("balance.amount", equalTo("100.00"))
                    .body("available.amount", equalTo("70.00"))
                    .body("held.amount", equalTo("30.00"));

            String start = Fixtures.cloudEvent("reading.started", "tarot-service", reading,
                    "{\"readingId\":\"" + reading + "\",\"clientId\":\"" + client + "\",\"readerId\":\"" + reader + "\"}");
            String done = completed(reading, client, reader, "30.00");
            KafkaProbe.send(Topics.TAROT, reading.toString(), start);
            KafkaProbe.send(Topics.TAROT, reading.toString(), done);
            JsonNode captured = probe.await(KafkaProbe.ofType("wallet.hold_captured", reading.toString()), Duration.ofSeconds(30));
            EventContracts.assertConforms(captured);
            assertEquals("24.00", captured.path("data").path("readerShare").path("amount").asText());
            assertEquals("6.00", captured.path("data").path("platformFee").path("amount").asText());

            assertEquals(new BigDecimal("70.00"), Fixtures.balance(client));
            assertEquals(new BigDecimal("24.00"), Fixtures.balance(reader));
            assertEquals(new BigDecimal("6.00"), Fixtures.ownerScalar(
                    "select amount from wallet.transactions where reading_session_id = ? and transaction_type = 'fee'", reading));
            as(client, "client").get("/api/v1/transactions?type=payment").then()
                    .body("items[0].readingSessionId", equalTo(reading.toString()))
                    .body("items[0].direction", equalTo("debit"));

            // Replaying the same records, and re-sent copies with new ids, changes no balance.
            KafkaProbe.send(Topics.TAROT, reading.toString(), request);
            KafkaProbe.send(Topics.TAROT, reading.toString(), done);
            KafkaProbe.send(Topics.TAROT, reading.toString(), requested(reading, client, reader, "30.00"));
            KafkaProbe.send(Topics.TAROT, reading.toString(), completed(reading, client, reader, "30.00"));
            assertTrue(probe.collect(e -> reading.toString().equals(e.path("subject").asText())
                    && !"no_wallet".equals(e.path("data").path("reason").asText()), Duration.ofSeconds(4)).isEmpty());
            assertEquals(new BigDecimal("70.00"), Fixtures.balance(client));
            assertEquals(new BigDecimal("24.00"), Fixtures.balance(reader));
            assertEquals(Fixtures.ledgerSum(client), Fixtures.balance(client));
            assertEquals(Fixtures.ledgerSum(reader), Fixtures.balance(reader));
        }
    }

    @Test
    void aHoldBeyondTheAvailableBalanceFailsWithInsufficientFunds() {
        UUID client = UUID.randomUUID();
        UUID reading = UUID.randomUUID();
        Fixtures.fund(client, "client", "10.00");
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            KafkaProbe.send(Topics.TAROT, reading.toString(), requested(reading, client, UUID.randomUUID(), "10.01"));
            // a local stack's wallet-service on the same broker (its own database) may answer no_wallet too: ignore that one
            JsonNode failed = probe.await(e -> KafkaProbe.ofType("wallet.hold_failed", reading.toString()).test(e)
                    && !"no_wallet".equals(e.path("data").path("reason").asText()), Duration.ofSeconds(30));
            EventContracts.assertConforms(failed);
            assertEquals("insufficient_funds", failed.path("data").path("reason").asText());
        }
        assertEquals(null, holdStatus(reading));
    }

    @Test
    void aClientWithoutAWalletGetsHoldFailedNoWallet() {
        UUID reading = UUID.randomUUID();
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            KafkaProbe.send(Topics.TAROT, reading.toString(), requested(reading, UUID.randomUUID(), UUID.randomUUID(), "5.00"));
            JsonNode failed = probe.await(KafkaProbe.ofType("wallet.hold_failed", reading.toString()), Duration.ofSeconds(30));
            assertEquals("no_wallet", failed.path("data").path("reason").asText());
        }
    }

    @Test
    void aCancelledReadingReleasesItsHold() {
        UUID client = UUID.randomUUID();
        UUID reader = UUID.randomUUID();
        UUID reading = UUID.randomUUID();
        Fixtures.fund(client, "client", "20.00");
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            KafkaProbe.send(Topics.TAROT, reading.toString(), requested(reading, client, reader, "15.00"));
            probe.await(KafkaProbe.ofType("wallet.hold_placed", reading.toString()), Duration.ofSeconds(30));
            KafkaProbe.send(Topics.TAROT, reading.toString(), cancelled(reading, client, reader));
            JsonNode released = probe.await(KafkaProbe.ofType("wallet.hold_released", reading.toString()), Duration.ofSeconds(30));
            EventContracts.assertConforms(released);
            assertEquals("cancelled", released.path("data").path("reason").asText());
            // completion after cancellation captures nothing
            KafkaProbe.send(Topics.TAROT, reading.toString(), completed(reading, client, reader, "15.00"));
            assertTrue(probe.collect(KafkaProbe.ofType("wallet.hold_captured", reading.toString()), Duration.ofSeconds(3)).isEmpty());
        }
        assertEquals("released", holdStatus(reading));
        as(client, "client").get("/api/v1/wallet").then().body("available.amount", equalTo("20.00"));
        assertEquals(new BigDecimal("20.00"), Fixtures.balance(client));
    }

    @Test
    void aHoldWhoseReadingNeverStartsExpires() {
        UUID client = UUID.randomUUID();
        UUID reading = UUID.randomUUID();
        Fixtures.fund(client, "client", "20.00");
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            KafkaProbe.send(Topics.TAROT, reading.toString(), requested(reading, client, UUID.randomUUID(), "12.00"));
            probe.await(KafkaProbe.ofType("wallet.hold_placed", reading.toString()), Duration.ofSeconds(30));
            // the configured TTL is 30 minutes: move this hold's deadline into the past instead of waiting
            Fixtures.ownerUpdate("update wallet.wallet_holds set expires_at = now() - interval '1 second' where reading_id = ?", reading);
            JsonNode released = probe.await(KafkaProbe.ofType("wallet.hold_released", reading.toString()), Duration.ofSeconds(30));
            assertEquals("expired", released.path("data").path("reason").asText());
            EventContracts.assertConforms(released);
        }
        assertEquals("expired", holdStatus(reading));
        as(client, "client").get("/api/v1/wallet").then().body("available.amount", equalTo("20.00"));
    }

    @Test
    void aStartedReadingsHoldDoesNotExpire() {
        UUID client = UUID.randomUUID();
        UUID reader = UUID.randomUUID();
        UUID reading = UUID.randomUUID();
        Fixtures.fund(client, "client", "20.00");
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            KafkaProbe.send(Topics.TAROT, reading.toString(), requested(reading, client, reader, "12.00"));
            probe.await(KafkaProbe.ofType("wallet.hold_placed", reading.toString()), Duration.ofSeconds(30));
            KafkaProbe.send(Topics.TAROT, reading.toString(), Fixtures.cloudEvent("reading.started", "tarot-service", reading,
                    "{\"readingId\":\"" + reading + "\",\"clientId\":\"" + client + "\",\"readerId\":\"" + reader + "\"}"));
            await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.ownerScalar(
                    "select started_at from wallet.wallet_holds where reading_id = ?", reading) != null);
            Fixtures.ownerUpdate("update wallet.wallet_holds set expires_at = now() - interval '1 second' where reading_id = ?", reading);
            assertTrue(probe.collect(KafkaProbe.ofType("wallet.hold_released", reading.toString()), Duration.ofSeconds(3)).isEmpty());
        }
        assertEquals("active", holdStatus(reading));
    }

    @Test
    void anAdminRefundsPartOfAReadingPaymentAndTheReadersShareIsReversedProportionally() {
        UUID client = UUID.randomUUID();
        UUID reader = UUID.randomUUID();
        UUID reading = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        Fixtures.fund(client, "client", "50.00");
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            KafkaProbe.send(Topics.TAROT, reading.toString(), requested(reading, client, reader, "40.00"));
            probe.await(KafkaProbe.ofType("wallet.hold_placed", reading.toString()), Duration.ofSeconds(30));
            KafkaProbe.send(Topics.TAROT, reading.toString(), completed(reading, client, reader, "40.00"));
            probe.await(KafkaProbe.ofType("wallet.hold_captured", reading.toString()), Duration.ofSeconds(30));
            String paymentId = (String) Fixtures.ownerScalar("select id::text from wallet.transactions where reading_session_id = ?"
                    + " and transaction_type = 'payment' and balance_effect = 'debit'", reading);

            as(client, "client").header("Idempotency-Key", "r-0").body("{\"reason\":\"self-service\"}")
                    .post("/api/v1/transactions/" + paymentId + "/refund").then().statusCode(403);
            as(admin, "admin").header("Idempotency-Key", "r-1").body("{\"amount\":{\"amount\":\"10.00\",\"currency\":\"USD\"},\"reason\":\"late start\"}")
                    .post("/api/v1/transactions/" + paymentId + "/refund").then().statusCode(201)
                    .body("type", equalTo("refund"))
                    .body("amount.amount", equalTo("10.00"))
                    .body("relatedTransactionId", equalTo(paymentId));
            // 10 of 40 = 25%: the reader gives back 25% of 32.00, the platform 25% of its 8.00 fee
            assertEquals(new BigDecimal("20.00"), Fixtures.balance(client));
            assertEquals(new BigDecimal("24.00"), Fixtures.balance(reader));
            as(admin, "admin").header("Idempotency-Key", "r-2").body("{\"amount\":{\"amount\":\"30.01\",\"currency\":\"USD\"},\"reason\":\"too much\"}")
                    .post("/api/v1/transactions/" + paymentId + "/refund").then().statusCode(422)
                    .body("refundable.amount", equalTo("30.00"));
            as(admin, "admin").header("Idempotency-Key", "r-3").body("{\"reason\":\"rest\"}")
                    .post("/api/v1/transactions/" + paymentId + "/refund").then().statusCode(201).body("amount.amount", equalTo("30.00"));
            as(admin, "admin").header("Idempotency-Key", "r-4").body("{\"reason\":\"again\"}")
                    .post("/api/v1/transactions/" + paymentId + "/refund").then().statusCode(409);
            assertEquals(new BigDecimal("50.00"), Fixtures.balance(client));
            assertEquals(new BigDecimal("0.00"), Fixtures.balance(reader));
            assertEquals(Fixtures.ledgerSum(client), Fixtures.balance(client));
            assertEquals(Fixtures.ledgerSum(reader), Fixtures.balance(reader));
            EventContracts.assertConforms(probe.await(KafkaProbe.ofType("transaction.refunded", paymentId), Duration.ofSeconds(20)));
        }
    }

    @Test
    void aSatisfactionClaimApprovedByAnAdminRefundsTheRestOfThePayment() {
        UUID client = UUID.randomUUID();
        UUID reader = UUID.randomUUID();
        UUID reading = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        Fixtures.fund(client, "client", "20.00");
        try (KafkaProbe probe = KafkaProbe.listen(Topics.WALLET)) {
            KafkaProbe.send(Topics.TAROT, reading.toString(), requested(reading, client, reader, "20.00"));
            probe.await(KafkaProbe.ofType("wallet.hold_placed", reading.toString()), Duration.ofSeconds(30));
            KafkaProbe.send(Topics.TAROT, reading.toString(), completed(reading, client, reader, "20.00"));
            probe.await(KafkaProbe.ofType("wallet.hold_captured", reading.toString()), Duration.ofSeconds(30));
        }
        String paymentId = (String) Fixtures.ownerScalar("select id::text from wallet.transactions where reading_session_id = ?"
                + " and transaction_type = 'payment' and balance_effect = 'debit'", reading);
        as(UUID.randomUUID(), "client").body("{\"reason\":\"not mine\"}")
                .post("/api/v1/transactions/" + paymentId + "/satisfaction-claim").then().statusCode(404);
        String claimId = as(client, "client").body("{\"reason\":\"the reader never answered my question\"}")
                .post("/api/v1/transactions/" + paymentId + "/satisfaction-claim").then().statusCode(201)
                .body("status", equalTo("requested")).extract().path("id");
        as(client, "client").body("{\"reason\":\"again\"}")
                .post("/api/v1/transactions/" + paymentId + "/satisfaction-claim").then().statusCode(409);
        as(client, "client").header("Idempotency-Key", "a-0").body("{\"note\":\"self\"}")
                .post("/api/v1/transactions/claims/" + claimId + "/approve").then().statusCode(403);
        as(admin, "admin").get("/api/v1/transactions/claims?status=requested").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(claimId));
        as(admin, "admin").header("Idempotency-Key", "a-1").body("{\"note\":\"guarantee honoured\"}")
                .post("/api/v1/transactions/claims/" + claimId + "/approve").then().statusCode(200)
                .body("status", equalTo("approved"))
                .body("refundTransactionId", org.hamcrest.Matchers.notNullValue());
        as(admin, "admin").body("{\"note\":\"too late\"}")
                .post("/api/v1/transactions/claims/" + claimId + "/reject").then().statusCode(409);
        assertEquals(new BigDecimal("20.00"), Fixtures.balance(client));
        assertEquals(new BigDecimal("0.00"), Fixtures.balance(reader));
        assertEquals(Fixtures.ledgerSum(reader), Fixtures.balance(reader));
    }
}
