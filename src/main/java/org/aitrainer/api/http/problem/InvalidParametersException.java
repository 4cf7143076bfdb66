package org.aitrainer.api.http.problem;

import java.util.List;

/** Thrown when one or more request parameters are invalid; answered with 400 and one error per parameter. */
public class InvalidParametersException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> errors;

    public InvalidParametersException(List<Problem.FieldError> errors) {
        super(summary(errors), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InvalidParametersException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    private static String summary(List<Problem.FieldError> errors) {
        StringBuilder detail = new StringBuilder();
        for (Problem.FieldError error : errors) {
            if (!detail.isEmpty()) {
                detail.append("; ");
            }
            detail.append(error.field()).append(' ').append(error.message());
        }
        return detail.toString();
    }
}
