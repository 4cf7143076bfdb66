package org.aitrainer.api.http.problem;

/** An Idempotency-Key that was already used with another request; answered with 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used with a different request body; use a new key", null, false, false);
    }
}
