package com.samiatarot.wallet;

import static com.samiatarot.wallet.Fixtures.as;
import static com.samiatarot.wallet.Fixtures.money;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The daily and monthly limits count debits through wallet.debit_usage, kept by triggers on the ledger: it follows
 * every change of a debit (its day, its status), not only the inserts of the request paths. Pending and completed
 * payments and withdrawals count; the ledger invariant is never touched (only pending rows change status here).
 */
@QuarkusTest
@QuarkusTestResource(StripeStub.class)
class DebitUsageTest {

    static void assertRemaining(UUID reader, String daily, String monthly) {
        as(reader, "reader").get("/api/v1/wallet").then().statusCode(200)
                .body("dailyRemaining.amount", equalTo(daily))
                .body("monthlyRemaining.amount", equalTo(monthly));
    }

    @Test
    void aDebitCountsOnItsUtcDayAndMovesWhenItsDayChanges() {
        UUID reader = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "100.00");
        String id = as(reader, "reader").header("Idempotency-Key", "u-1").body("{\"amount\":" + money("30.00") + "}")
                .post("/api/v1/payments/withdrawals").then().statusCode(201).extract().path("id");
        assertRemaining(reader, "970.00", "9970.00");

        Fixtures.ownerUpdate("update wallet.transactions set created_at = created_at - interval '1 day' where id = ?::uuid", id);
        boolean firstOfMonth = LocalDate.now(ZoneOffset.UTC).getDayOfMonth() == 1;
        assertRemaining(reader, "1000.00", firstOfMonth ? "10000.00" : "9970.00");
    }

    @Test
    void aPendingDebitCountsUntilItFails() {
        UUID reader = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "100.00");
        String walletId = as(reader, "reader").get("/api/v1/wallet").then().statusCode(200).extract().path("id");
        UUID pending = UUID.randomUUID();
        Fixtures.ownerUpdate("insert into wallet.transactions (id, user_id, wallet_id, transaction_type, amount, currency, status,"
                + " balance_effect, created_at) values (?, ?, ?::uuid, 'withdrawal', 12.00, 'USD', 'pending', 'debit', now())",
                pending, reader, walletId);
        assertRemaining(reader, "988.00", "9988.00");

        Fixtures.ownerUpdate("update wallet.transactions set status = 'failed' where id = ?", pending);
        assertRemaining(reader, "1000.00", "10000.00");
    }

    @Test
    void theDailyLimitStillRefusesOnceTodaysDebitsReachIt() {
        UUID reader = UUID.randomUUID();
        Fixtures.fund(reader, "reader", "100.00");
        Fixtures.ownerUpdate("update wallet.user_wallets set daily_limit = 10.00 where user_id = ?", reader);
        for (int i = 0; i < 4; i++) {
            as(reader, "reader").header("Idempotency-Key", "d-" + i).body("{\"amount\":" + money("2.50") + "}")
                    .post("/api/v1/payments/withdrawals").then().statusCode(201);
        }
        as(reader, "reader").header("Idempotency-Key", "d-4").body("{\"amount\":" + money("0.01") + "}")
                .post("/api/v1/payments/withdrawals").then().statusCode(409)
                .body("limit", equalTo("daily_limit"))
                .body("remaining.amount", equalTo("0.00"));
    }
}
