package com.samiatarot.audit.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** PATCH body: the next status, optionally who investigates and, to close, the resolution notes. */
@RegisterForReflection
public record TriageRequest(
        @NotNull @Pattern(regexp = "open|investigating|resolved|false_positive",
                message = "must be one of open, investigating, resolved, false_positive") String status,
        UUID assignedTo,
        @Size(max = 5000) String resolutionNotes) {
}
