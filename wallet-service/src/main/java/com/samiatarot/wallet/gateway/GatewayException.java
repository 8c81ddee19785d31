package com.samiatarot.wallet.gateway;

import com.samiatarot.shared.problem.DomainException;

/** The gateway refused or could not be reached. Never carries the gateway's raw answer (it may echo card data). */
public class GatewayException extends DomainException {

    public GatewayException(String provider, String detail) {
        super(502, "gateway-error", "Payment gateway error", "The payment gateway '" + provider + "' " + detail + ".");
    }
}
