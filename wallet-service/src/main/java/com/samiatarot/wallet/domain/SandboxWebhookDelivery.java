package com.samiatarot.wallet.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.wallet.config.WalletConfig;
import com.samiatarot.wallet.gateway.SandboxGateway;
import com.samiatarot.wallet.gateway.WebhookSignature;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The sandbox gateway's "later": pending sandbox deposits older than the delay get a Stripe-shaped, signed
 * webhook delivered through the same verification path as real ones. Declines for tokens starting with
 * {@code sbx_fail}. The event id derives from the transaction, so a second delivery is a duplicate.
 */
@ApplicationScoped
public class SandboxWebhookDelivery {

    private static final Logger LOG = Logger.getLogger(SandboxWebhookDelivery.class);
    private static final String DUE = "select t.gateway_transaction_id, t.amount, t.currency, t.id, pm.provider_method_id"
            + " from wallet.transactions t left join wallet.payment_methods pm on pm.id = t.payment_method_id"
            + " where t.gateway_provider = 'sandbox' and t.transaction_type = 'deposit' and t.status = 'pending'"
            + " and t.created_at < now() - make_interval(secs => :delay) order by t.created_at limit 50";

    private final Rls rls;
    private final Webhooks webhooks;
    private final SandboxGateway sandbox;
    private final ObjectMapper mapper;
    private final Duration delay;

    public SandboxWebhookDelivery(Rls rls, Webhooks webhooks, SandboxGateway sandbox, ObjectMapper mapper,
                                  WalletConfig config) {
        this.rls = rls;
        this.webhooks = webhooks;
        this.sandbox = sandbox;
        this.mapper = mapper;
        this.delay = config.sandbox().deliveryDelay();
    }

    @Scheduled(every = "${samia.wallet.sandbox.delivery-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> deliverDue() {
        return rls.asService(() -> Panache.getSession().chain(s -> s.<Object[]>createNativeQuery(DUE)
                        .setParameter("delay", delay.toMillis() / 1000.0).getResultList()))
                .chain(rows -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Object[] row : rows) {
                        chain = chain.chain(() -> deliver(row));
                    }
                    return chain;
                })
                .onFailure().invoke(e -> LOG.warnf("sandbox webhook delivery failed: %s", e.getClass().getSimpleName()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Void> deliver(Object[] row) {
        String intentId = (String) row[0];
        BigDecimal amount = new BigDecimal(row[1].toString());
        String currency = (String) row[2];
        String txId = row[3].toString();
        String methodRef = (String) row[4];
        boolean decline = methodRef != null && methodRef.startsWith(SandboxGateway.DECLINE_PREFIX);
        ObjectNode event = mapper.createObjectNode();
        event.put("id", "evt_sbx_" + txId);
        event.put("type", decline ? "payment_intent.payment_failed" : "payment_intent.succeeded");
        ObjectNode object = event.putObject("data").putObject("object");
        object.put("id", intentId);
        object.put("object", "payment_intent");
        object.put("amount", amount.movePointRight(2).longValueExact());
        object.put("currency", currency.toLowerCase());
        String payload = event.toString();
        String signature = WebhookSignature.header(sandbox.webhookSecret(), Instant.now().getEpochSecond(), payload);
        return webhooks.receive(sandbox.provider(), payload, signature, EventContext.system(null)).replaceWithVoid();
    }

}
