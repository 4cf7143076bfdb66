package org.aitrainer.api.http.problem;

/**
 * An operation of a batch that failed, so that the batch is refused whole and nothing of it is applied: which one (its
 * index in {@code requests} and its id), and what its single endpoint would have answered ({@link #getCause}).
 */
public class BatchOperationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String id;

    public BatchOperationException(int index, String id, RuntimeException cause) {
        super("Operation " + index + " of the batch failed", cause, false, false);
        this.index = index;
        this.id = id;
    }

    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    /** The operation in the batch's body, as errors name it: {@code requests[3]}. */
    public String field() {
        return "requests[" + index + "]";
    }
}
