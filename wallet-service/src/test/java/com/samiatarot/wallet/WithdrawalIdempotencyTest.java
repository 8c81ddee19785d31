package com.samiatarot.wallet;

import static com.samiatarot.wallet.Fixtures.as;
import static com.samiatarot.wallet.Fixtures.money;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The Idempotency-Key of a withdrawal: one debit per key, the first response replayed, another body refused. */
@QuarkusTest
@QuarkusTestResource(StripeStub.class)
class WithdrawalIdempotencyTest {

    static Response withdraw(UUID reader, String key, String amount) {
        return as(reader, "reader").header("Idempotency-Key", key).body("{\"amount\":" + money(amount) + "}")
                .post("/api/v1/payments/withdrawals");
    }

    static long withdrawals(UUID reader) {
        return ((Number) Fixtures.ownerScalar("select count(*) from wallet.transactions where user_id = ?"
                + " and transaction_type = 'withdrawal'", reader)).longValue();
    }

    static long outboxRowsOf(String withdrawalId) {
        return ((Number) Fixtures.ownerScalar("select count(*) from wallet.outbox where aggregate_id = ?"
                + " or (event_type = 'wallet.debited' and payload->'data'->>'transactionId' = ?)", withdrawalId, withdrawalId)).longValue();
    }

    @Test
    void aRetriedWithdrawalReplaysTheFirstResponseAndDebitsOnce() {
        UUID reader = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "20.00");
        Response first = withdraw(reader, "retry-1", "5.00");
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        Response again = withdraw(reader, "retry-1", "5.00");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), again.asString());
        assertEquals(1, withdrawals(reader));
        assertEquals(new BigDecimal("15.00"), Fixtures.balance(reader));
        assertEquals(2, outboxRowsOf(first.path("id")), "wallet.debited and withdrawal.requested, once");
    }

    @Test
    void aWithdrawalKeyReusedWithAnotherBodyIsUnprocessable() {
        UUID reader = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "20.00");
        withdraw(reader, "reuse-1", "5.00").then().statusCode(201);
        withdraw(reader, "reuse-1", "6.00").then().statusCode(422)
                .body("type", equalTo("https://samia-tarot.local/problems/idempotency-key-reused"));
        assertEquals(new BigDecimal("15.00"), Fixtures.balance(reader));
    }

    @Test
    void aKeyAlreadyUsedForADepositIsUnprocessableForAWithdrawal() {
        UUID reader = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "20.00");
        String method = Fixtures.addPaymentMethod(reader, "reader", "sandbox", "sbx_pm_" + reader.toString().substring(0, 8));
        as(reader, "reader").header("Idempotency-Key", "shared-1")
                .body("{\"amount\":" + money("10.00") + ",\"paymentMethodId\":\"" + method + "\"}")
                .post("/api/v1/payments/deposits").then().statusCode(201);
        withdraw(reader, "shared-1", "5.00").then().statusCode(422)
                .body("type", equalTo("https://samia-tarot.local/problems/idempotency-key-reused"));
        assertEquals(0, withdrawals(reader));
    }

    @Test
    void concurrentDuplicatesOfAWithdrawalDebitOnceAndAllAnswerTheFirstResponse() throws Exception {
        UUID reader = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "20.00");
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(clients.submit(() -> withdraw(reader, "double-click", "3.00")));
            }
            Set<String> bodies = new HashSet<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                response.then().statusCode(201);
                bodies.add(response.asString());
            }
            assertEquals(1, bodies.size(), "every duplicate answers the first response");
        } finally {
            clients.shutdown();
        }
        assertEquals(1, withdrawals(reader));
        assertEquals(new BigDecimal("17.00"), Fixtures.balance(reader));
    }

    @Test
    void aReaderWithoutAWalletIsRefusedForInsufficientFundsAndTheWalletIsOpenedAsOnFirstAccess() {
        UUID reader = UUID.randomUUID();
        withdraw(reader, "no-wallet", "1.00").then().statusCode(409)
                .body("type", equalTo("https://samia-tarot.local/problems/insufficient-funds"))
                .body("available.amount", equalTo("0.00"));
        assertNotNull(Fixtures.balance(reader), "the wallet exists now");
        assertEquals(new BigDecimal("0.00"), Fixtures.balance(reader));
        assertEquals(0, withdrawals(reader));
    }
}
