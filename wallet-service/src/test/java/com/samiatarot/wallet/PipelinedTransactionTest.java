package com.samiatarot.wallet;

import static com.samiatarot.wallet.Fixtures.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.samiatarot.shared.security.RlsClaims;
import com.samiatarot.wallet.persistence.PipelinedTransaction;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * The pipelined transaction of hot paths: whatever happens to its statements or its caller, it ends (committed or
 * rolled back as a whole) before its connection goes back to the pool. Touches limits only, never balances.
 */
@QuarkusTest
@QuarkusTestResource(StripeStub.class)
class PipelinedTransactionTest {

    private static final String LOCK = "select id from wallet.user_wallets where user_id = $1 for update";
    private static final String SET_LIMIT = "update wallet.user_wallets set daily_limit = $2 where user_id = $1";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    static UUID userWithWallet() {
        UUID user = UUID.randomUUID();
        as(user, "client").get("/api/v1/wallet").then().statusCode(200);
        return user;
    }

    static BigDecimal dailyLimit(UUID user) {
        return (BigDecimal) Fixtures.ownerScalar("select daily_limit from wallet.user_wallets where user_id = ?", user);
    }

    /** Fails with 55P03 when any transaction still holds the wallet's row lock. */
    static void assertUnlocked(UUID user) {
        Fixtures.ownerScalar("select id from wallet.user_wallets where user_id = ? for update nowait", user);
    }

    @Test
    void theWriteAndTheCommitSentTogetherCommitTheWrite() {
        UUID user = userWithWallet();
        long updated = PipelinedTransaction.run(pool, RlsClaims.service(), tx -> {
            tx.send(LOCK, Tuple.of(user));
            return tx.commitWith(SET_LIMIT, Tuple.of(user, new BigDecimal("123.00")));
        }).await().atMost(WAIT).rowCount();
        assertEquals(1, updated);
        assertEquals(new BigDecimal("123.00"), dailyLimit(user));
        assertUnlocked(user);
    }

    @Test
    void aStatementPostgresRefusesRollsBackEverythingSentBeforeItAndFailsTheRun() {
        UUID user = userWithWallet();
        Uni<?> run = PipelinedTransaction.run(pool, RlsClaims.service(), tx -> {
            tx.send(SET_LIMIT, Tuple.of(user, new BigDecimal("1.00")));
            return tx.commitWith("select 1 / (count(*) - count(*)) from wallet.user_wallets where user_id = $1", Tuple.of(user));
        });
        assertThrows(RuntimeException.class, () -> run.await().atMost(WAIT));
        assertEquals(new BigDecimal("1000.00"), dailyLimit(user));
        assertUnlocked(user);
    }

    @Test
    void workThatGivesUpWithoutCommittingIsRolledBackAndItsConnectionReturnsToThePool() {
        UUID user = userWithWallet();
        // more runs than the pool has connections: a connection kept (or given back inside its transaction) would show
        for (int i = 0; i < 40; i++) {
            Uni<?> run = PipelinedTransaction.run(pool, RlsClaims.service(), tx -> {
                tx.send(LOCK, Tuple.of(user));
                tx.send(SET_LIMIT, Tuple.of(user, new BigDecimal("2.00")));
                return tx.answers().chain(() -> Uni.createFrom().failure(new IllegalStateException("refused by a rule")));
            });
            assertThrows(IllegalStateException.class, () -> run.await().atMost(WAIT));
            assertUnlocked(user);
        }
        assertEquals(new BigDecimal("1000.00"), dailyLimit(user));
    }

    @Test
    void aCallerThatGoesAwayDoesNotStopTheTransaction() {
        UUID user = userWithWallet();
        PipelinedTransaction.run(pool, RlsClaims.service(), tx -> {
            tx.send(LOCK, Tuple.of(user));
            return tx.answers().chain(() -> tx.commitWith(SET_LIMIT, Tuple.of(user, new BigDecimal("7.00"))));
        }).subscribe().with(ignored -> { }, ignored -> { }).cancel();
        await().atMost(WAIT).until(() -> new BigDecimal("7.00").equals(dailyLimit(user)));
        assertUnlocked(user);
    }

    @Test
    void itsStatementsSeeTheClaimsItWasStartedWithAndTheNextTransactionDoesNot() {
        UUID user = UUID.randomUUID();
        String seen = PipelinedTransaction.run(pool, RlsClaims.user(user, "client"),
                tx -> tx.commitWith("select auth.uid()::text as uid, auth.role() as role", Tuple.tuple()))
                .await().atMost(WAIT).iterator().next().getString("uid");
        assertEquals(user.toString(), seen);
        for (int i = 0; i < 20; i++) {
            // the claims are transaction-local: whichever pooled connection comes next, nobody is the caller any more
            String after = PipelinedTransaction.run(pool, RlsClaims.service(),
                    tx -> tx.commitWith("select auth.uid()::text as uid", Tuple.tuple()))
                    .await().atMost(WAIT).iterator().next().getString("uid");
            assertEquals(null, after);
        }
    }
}
