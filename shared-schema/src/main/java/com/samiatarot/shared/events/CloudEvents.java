package com.samiatarot.shared.events;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading CloudEvents from Kafka records: a record that is not a well-formed envelope is poison. */
public final class CloudEvents {

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
}
