package com.samiatarot.shared.events;

/**
 * An event a consumer can never apply, however often it is redelivered: the record fails into the
 * channel's dead-letter topic with this reason instead of half an effect.
 */
public class PoisonEventException extends IllegalArgumentException {

    public PoisonEventException(String reason) {
        super(reason);
    }
}
