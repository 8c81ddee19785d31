package com.samiatarot.shared.events;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * The {@code pattern} keywords of the event schemas. Nearly all of them are the id pattern, checked on every id of
 * every event audit-service consumes: through java.util.regex that was a sixth of its decoding CPU, so it is a
 * plain loop here, with ECMAScript's meaning (JSON Schema's: {@code $} is the end of the string, never before a
 * trailing newline as in Java). Any other pattern is compiled by the validator's own JDK factory.
 */
final class SchemaPatterns implements RegularExpressionFactory {

    static final String ID = "^[0-9a-fA-F-]{36}$";
    static final SchemaPatterns INSTANCE = new SchemaPatterns();

    private static final RegularExpression ID_CHECK = SchemaPatterns::isId;

    private SchemaPatterns() {
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        return ID.equals(regex) ? ID_CHECK : JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
    }

    static boolean isId(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
