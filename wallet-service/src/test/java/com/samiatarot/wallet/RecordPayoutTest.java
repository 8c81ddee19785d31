package com.samiatarot.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.samiatarot.shared.security.RlsClaims;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * wallet.record_payout (V7) is a transaction of its own: the claims it sets and its asynchronous commit end with it,
 * so the next statement on the same pooled connection runs as nobody, with a commit that waits for the WAL flush.
 */
@QuarkusTest
@QuarkusTestResource(StripeStub.class)
class RecordPayoutTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    @Test
    void itsClaimsAndItsAsynchronousCommitDoNotOutliveItsCall() {
        Row after = pool.withConnection(connection -> connection
                        .preparedQuery("select wallet.record_payout($1, $2, $3, $4) as recorded")
                        .execute(Tuple.of(RlsClaims.service().toJson(), UUID.randomUUID(), "po_unknown", "sent"))
                        .invoke(rows -> assertFalse(rows.iterator().next().getBoolean("recorded"), "no such pending payout"))
                        .chain(() -> connection.query("select current_setting('request.jwt.claims', true) as claims,"
                                + " auth.role() as role, current_setting('synchronous_commit') as sync").execute()))
                .await().atMost(WAIT).iterator().next();
        assertEquals("", after.getString("claims") == null ? "" : after.getString("claims"));
        assertEquals(null, after.getString("role"));
        assertEquals("on", after.getString("sync"));
    }
}
