package com.samiatarot.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);

    private VerifiedTokens cache(Duration ttl, int maxEntries) {
        return new VerifiedTokens(ttl, maxEntries, now::get);
    }

    /** A verified token expiring {@code seconds} from the test clock's now. */
    private JsonWebToken expiringIn(long seconds) {
        long exp = now.get() / 1000 + seconds;
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claim) {
                return "exp".equals(claim) ? (T) Long.valueOf(exp) : null;
            }
        };
    }

    @Test
    void aRememberedTokenIsFoundByItsExactTextOnly() {
        VerifiedTokens tokens = cache(Duration.ofSeconds(60), 10);
        JsonWebToken token = expiringIn(900);
        tokens.remember("header.claims.signature", token);

        assertSame(token, tokens.find("header.claims.signature"));
        assertNull(tokens.find("header.claims.signaturf"), "a different signature is a different token");
        assertNull(tokens.find("header.claims.signature "));
    }

    @Test
    void anEntryEndsWhenTheTokenExpiresEvenWithinTheTtl() {
        VerifiedTokens tokens = cache(Duration.ofSeconds(60), 10);
        tokens.remember("t", expiringIn(5));

        now.addAndGet(4_999);
        assertEquals("someone", tokens.find("t").getName());
        now.addAndGet(1);
        assertNull(tokens.find("t"), "expired tokens are never answered from the cache");
        assertEquals(0, tokens.size());
    }

    @Test
    void anEntryEndsAfterTheTtlSoAWithdrawnSigningKeyStopsWorkingSoon() {
        VerifiedTokens tokens = cache(Duration.ofSeconds(60), 10);
        tokens.remember("t", expiringIn(900));

        now.addAndGet(59_999);
        assertEquals("someone", tokens.find("t").getName());
        now.addAndGet(1);
        assertNull(tokens.find("t"));
    }

    @Test
    void anAlreadyExpiredTokenIsNotRemembered() {
        VerifiedTokens tokens = cache(Duration.ofSeconds(60), 10);
        tokens.remember("t", expiringIn(0));
        assertNull(tokens.find("t"));
        assertEquals(0, tokens.size());
    }

    @Test
    void theCacheStaysWithinItsBoundUnderAFloodOfDistinctTokens() {
        VerifiedTokens tokens = cache(Duration.ofSeconds(60), 100);
        for (int i = 0; i < 10_000; i++) {
            tokens.remember("token-" + i, expiringIn(900));
            if (tokens.size() > 100) {
                throw new AssertionError("cache grew to " + tokens.size());
            }
        }
        assertSame(null, tokens.find("token-0"));
        assertEquals("someone", tokens.find("token-9999").getName());
    }

    @Test
    void aZeroTtlSwitchesTheCacheOff() {
        VerifiedTokens tokens = cache(Duration.ZERO, 100);
        tokens.remember("t", expiringIn(900));
        assertNull(tokens.find("t"));
    }
}
