package com.samiatarot.shared.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An illegal request or state, named by the domain, mapped once (ProblemMapper) to problem+json.
 * Subclass it for domain-specific failures ({@code InsufficientFunds}, {@code IllegalTransition}).
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private Long retryAfterSeconds;

    public DomainException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public DomainException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static DomainException badRequest(String detail) {
        return new DomainException(400, "bad-request", "Bad request", detail);
    }

    public static DomainException invalidField(String field, String message) {
        return new DomainException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static DomainException unauthorized(String detail) {
        return new DomainException(401, "unauthorized", "Unauthorized", detail);
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(403, "forbidden", "Forbidden", detail);
    }

    /** Also used when the row exists but the caller may not see it: never reveal another user's ids. */
    public static DomainException notFound(String what) {
        return new DomainException(404, "not-found", "Not found", what + " was not found.");
    }

    public static DomainException conflict(String detail) {
        return new DomainException(409, "conflict", "Conflict", detail);
    }

    public static DomainException unprocessable(String detail) {
        return new DomainException(422, "unprocessable", "Unprocessable request", detail);
    }

    public static DomainException tooManyRequests(String detail, long retryAfterSeconds) {
        DomainException e = new DomainException(429, "too-many-requests", "Too many requests", detail);
        e.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        return e;
    }

    public DomainException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
