package org.aitrainer.api.shared;

/** Thrown when a public id names nothing; answered with 404. */
public class ResourceNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final int MAX_ECHOED_ID = 100;

    public ResourceNotFoundException(String kind, String id) {
        super("No " + kind + " has the id '" + shortened(id) + "'", null, false, false);
    }

    private static String shortened(String id) {
        return id.length() <= MAX_ECHOED_ID ? id : id.substring(0, MAX_ECHOED_ID) + "…";
    }
}
