package com.samiatarot.chat.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.samiatarot.chat.config.ChatConfig;

/**
 * AES-256-GCM for message content at rest. Stored form: base64(iv(12) || ciphertext || tag(16)); the
 * message id is the additional authenticated data, so a ciphertext copied onto another row does not open.
 * Every ciphertext names its key id, so keys rotate by adding a key and switching the active id.
 */
@ApplicationScoped
public class MessageCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKeySpec> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public MessageCipher(ChatConfig config) {
        this(config.encryption().keys(), config.encryption().activeKeyId());
    }

    public MessageCipher(List<String> keySpecs, String activeKeyId) {
        Map<String, SecretKeySpec> parsed = new HashMap<>();
        for (String spec : keySpecs) {
            String trimmed = spec.strip();
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("samia.chat.encryption.keys entries must be kid:base64key");
            }
            byte[] key = Base64.getDecoder().decode(trimmed.substring(colon + 1));
            if (key.length != 32) {
                throw new IllegalStateException("chat encryption key " + trimmed.substring(0, colon) + " must be 32 bytes (AES-256)");
            }
            parsed.put(trimmed.substring(0, colon), new SecretKeySpec(key, "AES"));
        }
        if (!parsed.containsKey(activeKeyId)) {
            throw new IllegalStateException("samia.chat.encryption.active-key-id names no configured key");
        }
        this.keys = Map.copyOf(parsed);
        this.activeKeyId = activeKeyId;
    }

    public record Sealed(String keyId, String content) {
    }

    public Sealed seal(UUID messageId, String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(messageId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return new Sealed(activeKeyId, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public String open(UUID messageId, String keyId, String stored) {
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("message sealed with unknown key id " + keyId);
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(aad(messageId));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("message content could not be decrypted", e);
        }
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    private static byte[] aad(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
