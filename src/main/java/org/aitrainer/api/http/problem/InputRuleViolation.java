package org.aitrainer.api.http.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A value of a request body of the right JSON type that breaks one of the service's input rules. */
public final class InputRuleViolation extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    public InputRuleViolation(JsonParser parser, String value, Class<?> type, String rule) {
        super(parser, rule, value, type);
        this.rule = rule;
    }

    /** What the value must be, for the problem's errors. */
    public String rule() {
        return rule;
    }
}
