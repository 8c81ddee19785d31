package com.samiatarot.shared.events;

import java.util.List;

/** Topic names of DESIGN §3: one topic per producing service, one dead-letter topic per consumer. */
public final class Topics {

    public static final String IDENTITY = "identity.events";
    public static final String TAROT = "tarot.events";
    public static final String CHAT = "chat.events";
    public static final String WALLET = "wallet.events";

    public static final String AUDIT_DLQ = "audit.dlq";
    public static final String IDENTITY_DLQ = "identity.dlq";
    public static final String TAROT_DLQ = "tarot.dlq";
    public static final String CHAT_DLQ = "chat.dlq";
    public static final String WALLET_DLQ = "wallet.dlq";

    public static final List<String> DOMAIN_TOPICS = List.of(IDENTITY, TAROT, CHAT, WALLET);

    private Topics() {
    }

    /** The topic a service publishes to: {@code identity} → {@code identity.events}. */
    public static String of(String service) {
        return service + ".events";
    }
}
