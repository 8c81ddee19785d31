package com.samiatarot.audit.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** A list response: {@code items} and the opaque {@code nextCursor} (null on the last page). */
@RegisterForReflection
public record Page<T>(List<T> items, String nextCursor) {
}
