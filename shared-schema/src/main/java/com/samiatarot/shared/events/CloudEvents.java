package com.samiatarot.shared.events;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading CloudEvents from Kafka records: a record that is not a well-formed envelope is poison. */
public final class CloudEvents {

    /** Record header carrying the event's type (set by the outbox relay), so consumers can skip without parsing. */
    public static final String TYPE_HEADER = "ce_type";

    private static final JsonFactory JSON = new JsonFactory();

    private CloudEvents() {
    }

    /** The parsed event, or empty when the text is not JSON or lacks id/type/subject/data. */
    public static Optional<CloudEvent> parse(ObjectMapper mapper, String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            JsonNode tree = mapper.readTree(json);
            if (!tree.isObject() || !tree.hasNonNull("id") || !tree.hasNonNull("type") || !tree.path("data").isObject()) {
                return Optional.empty();
            }
            return Optional.of(mapper.treeToValue(tree, CloudEvent.class));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * The record's event type: its {@link #TYPE_HEADER}, else the envelope's top-level {@code type} read by a streaming
     * parser that skips nested values unread. Null when neither says (not JSON, no type): such a record is poison.
     */
    public static String typeOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(TYPE_HEADER);
        return header != null && header.value() != null ? new String(header.value(), StandardCharsets.UTF_8) : typeOf(record.value());
    }

    static String typeOf(String json) {
        if (json == null) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(field)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (Exception e) {
            return null;
        }
    }
}
