package com.samiatarot.chat.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Plain unit test: no Quarkus boot needed for the cipher's rules. */
class MessageCipherTest {

    static String key(char c) {
        return Base64.getEncoder().encodeToString(String.valueOf(c).repeat(32).getBytes());
    }

    @Test
    void afterRotationOldCiphertextsStillOpenWithTheKeyTheyName() {
        MessageCipher before = new MessageCipher(List.of("k1:" + key('a')), "k1");
        UUID id = UUID.randomUUID();
        MessageCipher.Sealed old = before.seal(id, "before rotation");

        MessageCipher after = new MessageCipher(List.of("k1:" + key('a'), "k2:" + key('b')), "k2");
        MessageCipher.Sealed fresh = after.seal(id, "after rotation");

        assertEquals("k2", fresh.keyId());
        assertEquals("before rotation", after.open(id, old.keyId(), old.content()));
        assertEquals("after rotation", after.open(id, fresh.keyId(), fresh.content()));
    }

    @Test
    void theSameTextSealsDifferentlyEachTimeAndCannotMoveToAnotherMessage() {
        MessageCipher cipher = new MessageCipher(List.of("k1:" + key('a')), "k1");
        UUID id = UUID.randomUUID();
        MessageCipher.Sealed one = cipher.seal(id, "same");
        MessageCipher.Sealed two = cipher.seal(id, "same");
        assertNotEquals(one.content(), two.content());
        assertThrows(IllegalStateException.class, () -> cipher.open(UUID.randomUUID(), one.keyId(), one.content()));
    }

    @Test
    void aKeyThatIsNotAes256IsRefusedAtStartup() {
        String shortKey = Base64.getEncoder().encodeToString("short".getBytes());
        assertThrows(IllegalStateException.class, () -> new MessageCipher(List.of("k1:" + shortKey), "k1"));
        assertThrows(IllegalStateException.class, () -> new MessageCipher(List.of("k1:" + key('a')), "k9"));
    }
}
