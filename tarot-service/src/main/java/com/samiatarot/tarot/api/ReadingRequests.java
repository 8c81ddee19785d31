package com.samiatarot.tarot.api;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of /api/v1/readings. */
public final class ReadingRequests {

    private ReadingRequests() {
    }

    /** Without readerId: an AI reading, drawn and interpreted at once. With readerId: a human reading request. */
    public record Create(
            @NotNull UUID spreadId,
            UUID readerId,
            @Size(max = 2000) String question,
            @Pattern(regexp = "standard|emergency|practice", message = "must be standard, emergency or practice") String sessionType,
            @Min(1) @Max(600) Integer durationMinutes) {
    }

    public record Complete(@NotBlank @Size(max = 20000) String readerInterpretation, @Size(max = 5000) String readerNotes) {
    }

    public record Cancel(@NotBlank @Size(max = 500) String reason) {
    }

    public record Rate(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String feedback) {
    }
}
