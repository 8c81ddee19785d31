package com.samiatarot.wallet;

import static com.samiatarot.wallet.Fixtures.as;
import static com.samiatarot.wallet.Fixtures.money;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * 20 concurrent clients hammer 3 wallets with withdrawals (many of them overdrafts), retries with the same
 * Idempotency-Key, and deposits completed concurrently by the sandbox's signed webhooks. Balances are seeded
 * through the real deposit + webhook path.
 */
@QuarkusTest
@QuarkusTestResource(StripeStub.class)
class ConcurrentMoneyTest {

    static final int CLIENTS = 20;
    static final int OPS_PER_CLIENT = 20;

    record Op(UUID wallet, String key, String body) {
    }

    @Test
    void concurrentDebitsNeverOverdrawDuplicateOrLoseMoney() throws Exception {
        List<UUID> wallets = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Map<UUID, String> depositMethods = new ConcurrentHashMap<>();
        for (UUID w : wallets) {
            Fixtures.fund(w, "reader", "150.00");
            depositMethods.put(w, Fixtures.addPaymentMethod(w, "reader", "sandbox", "sbx_pm_c" + w.toString().substring(0, 6)));
            // keep the sandbox payout path and the balance the only limits in play
            as(w, "reader").get("/api/v1/wallet").then().statusCode(200);
        }
        // the withdrawal destination: the default method (the funding one) is sandbox, payouts succeed
        Map<String, Response> firstByKey = new ConcurrentHashMap<>();
        Map<String, String> withdrawalIdByKey = new ConcurrentHashMap<>();
        Set<String> depositKeys = ConcurrentHashMap.newKeySet();
        AtomicInteger unexpected = new AtomicInteger();
        List<String> problems = new ArrayList<>();

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                Random random = new Random(client);
                List<Op> done = new ArrayList<>();
                for (int i = 0; i < OPS_PER_CLIENT; i++) {
                    int roll = random.nextInt(10);
                    Op op;
                    boolean deposit = false;
                    if (roll < 2 && !done.isEmpty()) {
                        op = done.get(random.nextInt(done.size())); // a retry: same key, same body
                    } else if (roll == 2) {
                        UUID w = wallets.get(random.nextInt(wallets.size()));
                        op = new Op(w, "dep-" + client + "-" + i + "-" + UUID.randomUUID(),
                                "{\"amount\":" + money("5.00") + ",\"paymentMethodId\":\"" + depositMethods.get(w) + "\"}");
                        deposit = true;
                    } else {
                        UUID w = wallets.get(random.nextInt(wallets.size()));
                        String amount = (1 + random.nextInt(25)) + "." + (10 + random.nextInt(90));
                        op = new Op(w, "wd-" + client + "-" + i + "-" + UUID.randomUUID(), "{\"amount\":" + money(amount) + "}");
                    }
                    Response response = as(op.wallet(), "reader").header("Idempotency-Key", op.key()).body(op.body())
                            .post(deposit ? "/api/v1/payments/deposits" : "/api/v1/payments/withdrawals");
                    int status = response.statusCode();
                    if (deposit) {
                        if (status == 201) {
                            depositKeys.add(response.path("id"));
                        } else {
                            unexpected.incrementAndGet();
                        }
                        continue;
                    }
                    if (status == 201) {
                        String id = response.path("id");
                        String previous = withdrawalIdByKey.putIfAbsent(op.key(), id);
                        if (previous != null && !previous.equals(id)) {
                            synchronized (problems) {
                                problems.add("key " + op.key() + " produced two withdrawals");
                            }
                        }
                        firstByKey.putIfAbsent(op.key(), response);
                    } else if (status == 409) {
                        String type = response.path("type");
                        if (!type.endsWith("/insufficient-funds") && !type.endsWith("/limit-exceeded")) {
                            synchronized (problems) {
                                problems.add("unexpected 409 " + type);
                            }
                        }
                    } else {
                        synchronized (problems) {
                            problems.add("status " + status + ": " + response.asString());
                        }
                    }
                    done.add(op);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(0, unexpected.get(), "every deposit is accepted");
        for (String depositId : depositKeys) {
            Fixtures.awaitStatus(depositId, "completed");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> (Long) Fixtures.ownerScalar(
                "select count(*) from wallet.transactions where transaction_type = 'withdrawal' and gateway_transaction_id is null"
                        + " and user_id in ('" + wallets.get(0) + "', '" + wallets.get(1) + "', '" + wallets.get(2) + "')") == 0L);

        long withdrawalRows = 0;
        for (UUID w : wallets) {
            BigDecimal balance = Fixtures.balance(w);
            assertTrue(balance.signum() >= 0, "never negative");
            assertEquals(Fixtures.ledgerSum(w), balance, "balance == sum of completed ledger for " + w);
            withdrawalRows += ((Number) Fixtures.ownerScalar(
                    "select count(*) from wallet.transactions where user_id = ? and transaction_type = 'withdrawal'", w)).longValue();
        }
        assertEquals(withdrawalIdByKey.size(), withdrawalRows, "one withdrawal per distinct Idempotency-Key, no duplicates");
        assertTrue(withdrawalIdByKey.size() > 10, "a meaningful number of withdrawals went through");
    }
}
