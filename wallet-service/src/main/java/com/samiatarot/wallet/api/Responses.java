package com.samiatarot.wallet.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.samiatarot.wallet.domain.Idempotency;

final class Responses {

    private Responses() {
    }

    /** The stored JSON, byte for byte: a replay answers exactly what the first request got. */
    static Response of(Idempotency.Outcome<?> outcome) {
        return Response.status(outcome.status()).type(MediaType.APPLICATION_JSON).entity(outcome.body())
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).build();
    }
}
