package org.aitrainer.api.http.problem;

import java.util.List;

/** A request body that fails validation; answered with 400 and one error per invalid field. Nothing is written. */
public class InvalidBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> errors;

    public InvalidBodyException(List<Problem.FieldError> errors) {
        super(
                errors.size() == 1
                        ? errors.get(0).field() + " " + errors.get(0).message()
                        : errors.size() + " fields are invalid; errors lists each",
                null,
                false,
                false);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
