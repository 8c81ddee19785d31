package com.samiatarot.wallet.gateway;

import com.samiatarot.shared.problem.DomainException;

/**
 * The gateway refused or could not be reached. Never carries the gateway's raw answer (it may echo card data).
 * {@code definitive}: the gateway answered and said no, so nothing happened there; otherwise (timeout, 5xx, no
 * connection) the operation may or may not have happened and must not be undone on our side.
 */
public class GatewayException extends DomainException {

    private final boolean definitive;

    public GatewayException(String provider, String detail) {
        this(provider, detail, true);
    }

    public GatewayException(String provider, String detail, boolean definitive) {
        super(502, "gateway-error", "Payment gateway error", "The payment gateway '" + provider + "' " + detail + ".");
        this.definitive = definitive;
    }

    public boolean definitive() {
        return definitive;
    }
}
