package org.aitrainer.api.http.limits;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.aitrainer.api.core.IsoDates;
import org.aitrainer.api.http.problem.InputRuleViolation;

/**
 * What request bodies may hold beyond valid JSON: text that PostgreSQL can store (no NUL character, no unpaired
 * surrogate), enum constants exactly as written, and dates as YYYY-MM-DD with a four-digit year, as in query
 * parameters. A value that breaks a rule is a 400 naming the field and the rule.
 */
public final class JsonInputRules {

    static final String TEXT_RULE = "must be text without NUL characters or unpaired surrogates";
    static final String DATE_RULE = "must be an existing date in the form YYYY-MM-DD";

    private JsonInputRules() {}

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("input-rules")
                .addDeserializer(String.class, new Text())
                .addDeserializer(LocalDate.class, new Date());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(
                    DeserializationConfig config,
                    JavaType type,
                    BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return new ExactEnum(deserializer);
            }
        });
        return module;
    }

    static final class Text extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && !isStorable(value)) {
                throw new InputRuleViolation(parser, value, String.class, TEXT_RULE);
            }
            return value;
        }

        static boolean isStorable(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == 0) {
                    return false;
                }
                if (Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Enum constants as written: Jackson trims what it reads, so that {@code "MONTH\u0000"} would be read as MONTH.
     * A value with a control character is no constant; the problem lists the constants.
     */
    static final class ExactEnum extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        ExactEnum(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnum(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)
                    && parser.getText().chars().anyMatch(Character::isISOControl)) {
                throw context.weirdStringException(parser.getText(), handledType(), "not one of the constants");
            }
            return super.deserialize(parser, context);
        }
    }

    static final class Date extends StdScalarDeserializer<LocalDate> {

        private static final long serialVersionUID = 1L;

        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().strip();
            try {
                return IsoDates.parse(text);
            } catch (DateTimeException notADate) {
                throw new InputRuleViolation(parser, text, LocalDate.class, DATE_RULE);
            }
        }
    }
}
