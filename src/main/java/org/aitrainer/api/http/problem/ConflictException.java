package org.aitrainer.api.http.problem;

/** A write that contradicts data already stored; answered with 409 naming what it conflicts with. */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String conflictsWith;

    public ConflictException(String detail, String conflictsWith) {
        super(detail, null, false, false);
        this.conflictsWith = conflictsWith;
    }

    public String conflictsWith() {
        return conflictsWith;
    }
}
