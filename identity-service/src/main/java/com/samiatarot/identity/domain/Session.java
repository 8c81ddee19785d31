package com.samiatarot.identity.domain;

/** What a successful login or refresh hands out: a short-lived JWT and an opaque, rotating refresh token. */
public record Session(String accessToken, String refreshToken, long expiresIn) {
}
