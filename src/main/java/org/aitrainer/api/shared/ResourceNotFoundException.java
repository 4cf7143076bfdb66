package org.aitrainer.api.shared;

/** Thrown when a public id names nothing; answered with 404. */
public class ResourceNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(String kind, Object id) {
        super("No " + kind + " has the id '" + id + "'", null, false, false);
    }
}
