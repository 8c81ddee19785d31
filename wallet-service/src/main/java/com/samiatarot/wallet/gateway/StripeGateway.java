package com.samiatarot.wallet.gateway;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.samiatarot.wallet.config.WalletConfig;
import com.samiatarot.shared.api.Money;

import io.smallrye.mutiny.Uni;

/** Stripe over HTTP: base URL ({@code quarkus.rest-client.stripe.url}) and secret key from the environment. */
@ApplicationScoped
public class StripeGateway implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(StripeGateway.class);

    private final StripeApi api;
    private final String secretKey;
    private final String webhookSecret;

    public StripeGateway(@RestClient StripeApi api, WalletConfig config) {
        this.api = api;
        this.secretKey = config.stripe().secretKey().orElse("");
        this.webhookSecret = config.stripe().webhookSecret().orElse("");
    }

    @Override
    public String provider() {
        return "stripe";
    }

    @Override
    public Uni<GatewayResult> createDeposit(UUID transactionId, Money amount, String methodRef, String idempotencyKey) {
        if (secretKey.isBlank()) {
            return Uni.createFrom().failure(new GatewayException(provider(), "is not configured"));
        }
        return api.createPaymentIntent("Bearer " + secretKey, idempotencyKey, minor(amount), amount.currency().toLowerCase(),
                        methodRef, "true", transactionId.toString())
                .map(intent -> new GatewayResult(intent.id(), intent.status()))
                .onFailure().transform(e -> failure("refused the payment intent", e));
    }

    @Override
    public Uni<GatewayResult> refund(UUID refundId, String paymentIntentId, Money amount, String idempotencyKey) {
        if (secretKey.isBlank()) {
            return Uni.createFrom().failure(new GatewayException(provider(), "is not configured"));
        }
        return api.createRefund("Bearer " + secretKey, idempotencyKey, paymentIntentId, minor(amount), refundId.toString())
                .map(refund -> new GatewayResult(refund.id(), refund.status()))
                .onFailure().transform(e -> failure("refused the refund", e));
    }

    @Override
    public Uni<GatewayResult> payout(UUID transactionId, Money amount, String destinationRef, String idempotencyKey) {
        if (secretKey.isBlank()) {
            return Uni.createFrom().failure(new GatewayException(provider(), "is not configured"));
        }
        return api.createPayout("Bearer " + secretKey, idempotencyKey, minor(amount), amount.currency().toLowerCase(),
                        destinationRef, transactionId.toString())
                .map(payout -> new GatewayResult(payout.id(), payout.status()))
                .onFailure().transform(e -> failure("refused the payout", e));
    }

    @Override
    public String webhookSecret() {
        return webhookSecret;
    }

    static long minor(Money amount) {
        return amount.value().movePointRight(2).longValueExact();
    }

    private GatewayException failure(String what, Throwable e) {
        if (e instanceof GatewayException g) {
            return g;
        }
        // A 4xx is Stripe saying no (declined, invalid, already refunded); 5xx, timeouts and I/O errors leave the outcome open.
        boolean definitive = e instanceof WebApplicationException w && w.getResponse().getStatus() / 100 == 4;
        // The exception class only: Stripe's error bodies can echo request parameters.
        LOG.warnf("stripe call failed (%s): %s", definitive ? "refused" : "no definitive answer", e.getClass().getSimpleName());
        return new GatewayException(provider(), definitive ? what : "did not answer definitively", definitive);
    }
}
