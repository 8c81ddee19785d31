package com.samiatarot.wallet.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.samiatarot.shared.security.Rls;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The loop shared by the jobs that re-ask the gateway about money movements left without a definitive answer
 * (payouts, deposit refunds): the due rows older than an age, oldest first, 50 a run, settled one after the
 * other so two settlements never race on one wallet; the outcome of each, logged when the job ran on schedule.
 */
@ApplicationScoped
public class GatewayRecovery {

    private static final Logger LOG = Logger.getLogger(GatewayRecovery.class);
    private static final int PER_RUN = 50;

    private final Rls rls;

    public GatewayRecovery(Rls rls) {
        this.rls = rls;
    }

    /** {@code due} is HQL selecting rows created before {@code :before}; {@code settle} applies one row. */
    public Uni<List<String>> settleDue(String due, Duration age, Function<Object[], Uni<String>> settle) {
        return rls.asService(() -> Panache.getSession().chain(s -> s.createSelectionQuery(due, Object[].class)
                        .setParameter("before", Ledger.now().minus(age)).setMaxResults(PER_RUN).getResultList()))
                .chain(rows -> {
                    List<String> outcomes = new ArrayList<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Object[] row : rows) {
                        chain = chain.chain(() -> settle.apply(row).invoke(outcomes::add).replaceWithVoid());
                    }
                    return chain.replaceWith(outcomes);
                });
    }

    /** A scheduled run: outcomes logged, a failure logged and swallowed so the next run tries again. */
    public Uni<Void> logged(String job, Uni<List<String>> run) {
        return run.invoke(outcomes -> {
                    if (!outcomes.isEmpty()) {
                        LOG.infof("%s: %s", job, outcomes);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("%s failed: %s", job, e.getClass().getSimpleName()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
