package org.aitrainer.api.http.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a body of the wrong shape did wrong: the JSON path of the field, and what was expected there. */
public final class BodyErrors {

    private BodyErrors() {}

    /**
     * The field error of JSON that does not fit its type, its path behind a prefix (empty, or a batch row's path and a
     * dot); empty when the error is not at a field, as for a body that is not an object.
     */
    public static Optional<Problem.FieldError> of(MismatchedInputException e, String prefix) {
        String field = e.getPath().stream()
                .map(reference ->
                        reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        if (field.isEmpty()) {
            return Optional.empty();
        }
        Class<?> expected = e.getTargetType();
        String message = e instanceof InputRuleViolation violation
                ? violation.rule()
                : expected != null && expected.isEnum()
                        ? "must be one of "
                                + Arrays.stream(expected.getEnumConstants())
                                        .map(Object::toString)
                                        .collect(Collectors.joining(", "))
                        : "must be a " + describe(expected);
        return Optional.of(new Problem.FieldError(prefix + field, message));
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value of another type";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "date in the form YYYY-MM-DD";
        }
        return "value of type " + type.getSimpleName();
    }
}
