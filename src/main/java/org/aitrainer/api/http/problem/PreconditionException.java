package org.aitrainer.api.http.problem;

/** A conditional write whose precondition is missing (428) or no longer holds (412). */
public class PreconditionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    public PreconditionException(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
