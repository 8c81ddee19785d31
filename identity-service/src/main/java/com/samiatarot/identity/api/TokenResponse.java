package com.samiatarot.identity.api;

import com.samiatarot.identity.domain.Session;

public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    public static TokenResponse of(Session session) {
        return new TokenResponse(session.accessToken(), session.refreshToken(), "Bearer", session.expiresIn());
    }
}
