package com.samiatarot.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The hand-written readers of times, UUIDs and IPv4 literals (hot: several per event) accept exactly what the
 * general ones they replaced accepted, and read it to the same value.
 */
class AuditEntryParsingTest {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern IPV4 = Pattern.compile(
            "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");

    @Test
    void eventTimesReadAsOffsetDateTimeParseReadsThemAndFailWhereItFails() {
        for (String text : List.of("2026-11-25T17:28:57.123Z", "2026-11-25T17:28:57Z", "2026-11-25T17:28:57.5+01:00",
                "2026-02-28T23:59:59.999999999+05:30", "2024-02-29T00:00:00-08:00", "2026-11-25T17:28:57-00:00",
                "0000-01-01T00:00:00Z", "2026-11-25T17:28:57.000001Z", "2026-11-25t17:28:57Z", "2026-11-25T17:28Z",
                "2026-11-25T17:28:57+05:30:15", "+12026-11-25T17:28:57Z", "2026-11-25T17:28:57.1234567891Z",
                "2026-02-30T17:28:57Z", "2026-13-25T17:28:57Z", "2026-11-25T24:00:00Z", "2026-11-25T17:28:60Z",
                "2026-11-25T17:28:57+19:00", "2026-11-25T17:28:57+05:60", "2026-11-25T17:28:57.Z",
                "2026-11-25T17:28:57+0530", "2026-11-25 17:28:57Z", "2026-11-25T17:28:57", "2026-1-25T17:28:57Z")) {
            assertEquals(outcome(() -> OffsetDateTime.parse(text)), outcome(() -> AuditEntry.time(text)), text);
        }
    }

    @Test
    void uuidsAreRecognisedInCanonicalFormOnlyAndReadToTheSameValue() {
        for (String text : List.of("123e4567-e89b-42d3-a456-426614174000", "123E4567-E89B-42D3-A456-426614174000",
                "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
                "123e4567e89b-42d3-a456-426614174000-", "123e4567-e89b-42d3-a456-42661417400", "123e4567-e89b-42d3-a456-4266141740000",
                "123e4567-e89b-42d3-a456-42661417400g", " 23e4567-e89b-42d3-a456-426614174000", "123e4567-e89b-42d3-a456-42661417400\uff10",
                "1-2-3-4-5", "")) {
            UUID expected = UUID_TEXT.matcher(text).matches() ? UUID.fromString(text) : null;
            assertEquals(expected, AuditEntry.uuidOrNull(text), text);
        }
    }

    @Test
    void ipv4LiteralsAreRecognisedAsTheirDottedDecimalGrammarOnly() {
        for (String text : List.of("127.0.0.1", "0.0.0.0", "255.255.255.255", "10.20.30.40", "1.2.3", "1.2.3.4.5",
                "256.1.1.1", "01.1.1.1", "1.1.1.00", "1..1.1", "1.1.1.1.", ".1.1.1", "1234.1.1.1", "1.1.1.a", "", "1.1.1.-1")) {
            assertEquals(IPV4.matcher(text).matches(), AuditEntry.isIpv4(text), text);
        }
    }

    private static String outcome(java.util.function.Supplier<Object> read) {
        try {
            return String.valueOf(read.get());
        } catch (RuntimeException e) {
            return "refused";
        }
    }
}
