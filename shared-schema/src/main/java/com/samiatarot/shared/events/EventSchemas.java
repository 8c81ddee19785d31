package com.samiatarot.shared.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contracts: {@code event-schemas/envelope.json} for every event, plus
 * {@code event-schemas/<type>.json} for the {@code data} of each type. Producers prove their events
 * conform in tests; audit-service validates what it consumes and dead-letters what does not.
 */
public final class EventSchemas {

    private static final String ENVELOPE = "envelope";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .regularExpressionFactory(SchemaPatterns.INSTANCE).build();
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z_]+(\\.[a-z_]+)*");
    // Absent schemas are remembered too: a consumer sees unknown types on every record of a busy topic.
    private static final Map<String, Optional<JsonSchema>> CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private EventSchemas() {
    }

    /** Validation errors of one event as JSON; empty when it conforms to the envelope and its type's schema. */
    public static List<String> validate(JsonNode event) {
        List<String> errors = new ArrayList<>();
        errors.addAll(messages(schema(ENVELOPE), event, "envelope"));
        String type = event.path("type").asText("");
        JsonSchema dataSchema = type.isEmpty() ? null : schema(type);
        if (dataSchema == null) {
            errors.add("no schema for event type '" + type + "'");
        } else {
            errors.addAll(messages(dataSchema, event.path("data"), type));
        }
        return errors;
    }

    public static List<String> validate(CloudEvent event) {
        return validate(MAPPER.valueToTree(event));
    }

    public static boolean hasSchema(String type) {
        return schema(type) != null;
    }

    private static List<String> messages(JsonSchema schema, JsonNode node, String label) {
        List<String> result = new ArrayList<>();
        for (ValidationMessage message : schema.validate(node)) {
            result.add(label + ": " + message.getMessage());
        }
        return result;
    }

    private static JsonSchema schema(String name) {
        if (!TYPE_NAME.matcher(name).matches()) {
            return null;
        }
        return CACHE.computeIfAbsent(name, EventSchemas::load).orElse(null);
    }

    private static Optional<JsonSchema> load(String name) {
        try (InputStream in = EventSchemas.class.getResourceAsStream("/event-schemas/" + name + ".json")) {
            return in == null ? Optional.empty() : Optional.of(FACTORY.getSchema(MAPPER.readTree(in), CONFIG));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable event schema " + name, e);
        }
    }
}
