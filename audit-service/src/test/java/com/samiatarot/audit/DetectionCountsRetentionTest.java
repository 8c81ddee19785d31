package com.samiatarot.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.samiatarot.audit.domain.DetectionCountsRetention;
import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.junit.QuarkusTest;

/** The per-minute counts behind the summing rules are kept as long as a window can need them, and no longer. */
@QuarkusTest
class DetectionCountsRetentionTest {

    @Inject
    DetectionCountsRetention retention;

    @Test
    void theDailyPruneRemovesMinutesOlderThanTheRetentionAndKeepsThoseAWindowCanStillSum() throws Exception {
        String subject = "retention-" + UUID.randomUUID();
        try (Sql owner = Sql.as("audit_owner")) {
            owner.update("insert into audit.detection_counts (rule, subject, minute, events) values"
                    + " ('withdrawal_user', ?, date_trunc('minute', now()) - interval '3 days', 4),"
                    + " ('withdrawal_user', ?, date_trunc('minute', now()) - interval '47 hours', 2),"
                    + " ('withdrawal_user', ?, date_trunc('minute', now()) - interval '10 minutes', 1)", subject, subject, subject);
        }

        int removed = retention.prune().await().indefinitely();

        assertTrue(removed >= 1, "the three-day-old minute is pruned");
        assertEquals(3L, Events.count("select coalesce(sum(events), 0) from audit.detection_counts where subject = ?", subject),
                "the minutes of the last two days (the configured retention) stay");
    }

    @Test
    void theRuntimeRoleCannotDeleteCountsItselfNorPruneWhatAWindowStillNeeds() {
        try (Sql app = Sql.as("audit_app")) {
            assertEquals("42501", app.sqlStateOf("delete from audit.detection_counts"));
            assertEquals("22023", app.sqlStateOf("select audit.prune_detection_counts(interval '1 hour')"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
