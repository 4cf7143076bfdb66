package org.aitrainer.api.shared;

import java.util.UUID;

/** Thrown when a public id names nothing; answered with 404. */
public class ResourceNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final int MAX_ECHOED_ID = 100;

    public ResourceNotFoundException(String kind, String id) {
        super("No " + kind + " has the id '" + shortened(id) + "'", null, false, false);
    }

    /** A UUID public id from a path; anything that is not a UUID names no resource of that kind. */
    public static UUID uuid(String kind, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            throw new ResourceNotFoundException(kind, id);
        }
    }

    private static String shortened(String id) {
        return id.length() <= MAX_ECHOED_ID ? id : id.substring(0, MAX_ECHOED_ID) + "…";
    }
}
