package com.samiatarot.wallet.gateway;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.shared.problem.DomainException;

/** The supported providers by name (payment_methods.provider, transactions.gateway_provider). */
@ApplicationScoped
public class Gateways {

    private final Map<String, PaymentGateway> byName;

    public Gateways(StripeGateway stripe, SandboxGateway sandbox) {
        this.byName = Map.of(stripe.provider(), stripe, sandbox.provider(), sandbox);
    }

    public boolean supports(String provider) {
        return provider != null && byName.containsKey(provider);
    }

    public PaymentGateway get(String provider) {
        PaymentGateway gateway = provider == null ? null : byName.get(provider);
        if (gateway == null) {
            throw DomainException.unprocessable("Unsupported payment provider '" + provider + "'. Supported: " + byName.keySet() + ".");
        }
        return gateway;
    }
}
