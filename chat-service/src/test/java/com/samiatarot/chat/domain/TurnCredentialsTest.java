package com.samiatarot.chat.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class TurnCredentialsTest {

    @Test
    void credentialsFollowTheCoturnRestScheme() {
        UUID user = UUID.fromString("00000000-0000-0000-0000-000000000001");
        TurnCredentials.Credential c = TurnCredentials.issue("secret", user, 1_700_000_000L);
        assertEquals("1700000000:00000000-0000-0000-0000-000000000001", c.username());
        // echo -n "1700000000:00000000-0000-0000-0000-000000000001" | openssl dgst -sha1 -hmac secret -binary | base64
        assertEquals(EXPECTED, c.credential());
    }

    static final String EXPECTED = "uQ2ya3zivg+Vv6JirWO156SlSyw=";
}
