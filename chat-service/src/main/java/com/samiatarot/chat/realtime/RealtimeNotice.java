package com.samiatarot.chat.realtime;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What one instance tells every instance (through PostgreSQL NOTIFY) so each can push to its own sockets.
 * Message text travels only sealed with the chat key ({@code sealed}); the receiving instance opens it.
 */
@RegisterForReflection
public record RealtimeNotice(String type, UUID roomId, List<UUID> recipients, ObjectNode data, Sealed sealed) {

    @RegisterForReflection
    public record Sealed(UUID messageId, String keyId, String content) {
    }
}
