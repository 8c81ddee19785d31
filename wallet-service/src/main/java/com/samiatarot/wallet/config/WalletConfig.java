package com.samiatarot.wallet.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Money rules of the wallet (application.properties, prefix samia.wallet). */
@ConfigMapping(prefix = "samia.wallet")
public interface WalletConfig {

    /** Share of a reading's price kept by the platform, in percent. */
    @WithDefault("20")
    BigDecimal platformFeePercent();

    /** A hold whose reading has not started within this time is released as expired. */
    @WithDefault("PT30M")
    Duration holdTtl();

    /** Gateway fee recorded on completed deposits: percent of the amount plus a fixed part. */
    @WithDefault("2.9")
    BigDecimal gatewayFeePercent();

    @WithDefault("0.30")
    BigDecimal gatewayFeeFixed();

    @WithDefault("PT5M")
    Duration webhookTolerance();

    @WithDefault("PT48H")
    Duration idempotencyRetention();

    /** How often expired holds are looked for. */
    @WithDefault("30s")
    String holdExpiryInterval();

    /** A withdrawal whose payout is still pending after this long is asked about again (PayoutRecovery). */
    @WithDefault("PT5M")
    Duration payoutRecoveryAge();

    /** How often pending payouts are looked for ("off" disables the job). */
    @WithDefault("1m")
    String payoutRecoveryInterval();

    /** A deposit refund to the card still without a gateway answer after this long is asked about again (RefundRecovery). */
    @WithDefault("PT5M")
    Duration refundRecoveryAge();

    /** How often unanswered deposit refunds are looked for ("off" disables the job). */
    @WithDefault("1m")
    String refundRecoveryInterval();

    Stripe stripe();

    Sandbox sandbox();

    interface Stripe {
        /** API secret key (env STRIPE_SECRET_KEY); without it Stripe calls fail as "not configured". */
        Optional<String> secretKey();

        /** Webhook signing secret (env STRIPE_WEBHOOK_SECRET); without it every Stripe webhook is refused. */
        Optional<String> webhookSecret();
    }

    interface Sandbox {
        String webhookSecret();

        /** How long after the intent the sandbox "delivers" its webhook. */
        @WithDefault("PT1S")
        Duration deliveryDelay();

        @WithDefault("1s")
        String deliveryInterval();
    }
}
