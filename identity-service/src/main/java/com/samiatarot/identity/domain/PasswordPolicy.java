package com.samiatarot.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.shared.problem.DomainException;

/**
 * NIST 800-63B style: a minimum length (10), a maximum (128: Argon2 cost must not be the caller's to
 * choose), not the account's own email, not a known-common password. No composition rules.
 */
@ApplicationScoped
public class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private final Set<String> common = load();

    /** @throws DomainException 400 naming {@code field} when the password is not acceptable. */
    public void check(String field, String password, String email) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw DomainException.invalidField(field, "must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null) {
            String normalized = email.strip().toLowerCase(Locale.ROOT);
            int at = normalized.indexOf('@');
            String local = at > 0 ? normalized.substring(0, at) : normalized;
            if (lower.equals(normalized) || lower.equals(local)) {
                throw DomainException.invalidField(field, "must not be your email address");
            }
        }
        if (common.contains(lower)) {
            throw DomainException.invalidField(field, "is too common; choose a less guessable password");
        }
    }

    private static Set<String> load() {
        Set<String> result = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    result.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Set.copyOf(result);
    }
}
