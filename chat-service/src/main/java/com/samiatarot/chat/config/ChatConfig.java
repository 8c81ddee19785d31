package com.samiatarot.chat.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;

/** Typed settings of chat-service ({@code samia.chat.*}). */
@ConfigMapping(prefix = "samia.chat")
public interface ChatConfig {

    Messages messages();

    Attachments attachments();

    Rooms rooms();

    Encryption encryption();

    Calls calls();

    Realtime realtime();

    interface Messages {
        int maxChars();

        /** UTF-8 bytes: keeps every real-time notification under PostgreSQL's NOTIFY payload limit. */
        int maxBytes();

        Duration editWindow();

        RateLimit rateLimit();
    }

    /** Per-sender flood guard: at most {@code max} messages in any {@code window}, counted in PostgreSQL (all replicas). */
    interface RateLimit {
        int max();

        Duration window();

        /** Staff roles answer support rooms in bulk and are provisioned by a super_admin, not self-registered. */
        List<String> exemptRoles();
    }

    interface Attachments {
        /** The only host an attachment URL may point at (https, default port, no user info). */
        String storageHost();

        long maxBytes();

        List<String> allowedTypes();
    }

    interface Rooms {
        int maxGroupParticipants();
    }

    interface Encryption {
        /** {@code kid:base64(32-byte key),kid2:...}: from a secret in production. */
        List<String> keys();

        String activeKeyId();
    }

    interface Calls {
        List<String> stunUrls();

        List<String> turnUrls();

        String turnSecret();

        Duration turnTtl();

        Duration ringTimeout();

        String serverRegion();
    }

    interface Realtime {
        String channel();
    }
}
