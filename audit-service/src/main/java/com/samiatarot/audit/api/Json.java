package com.samiatarot.audit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

final class Json {

    private Json() {
    }

    /** jsonb read as text → a tree for the response; the database only ever stores valid JSON. */
    static JsonNode tree(ObjectMapper mapper, String text) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }
}
