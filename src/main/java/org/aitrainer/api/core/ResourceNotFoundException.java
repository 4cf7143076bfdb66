package org.aitrainer.api.core;

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

    /** A slug public id from a path; one that is not a well-formed slug names nothing and is not looked up. */
    public static String slug(String kind, String id) {
        if (!Slugs.isValid(id)) {
            throw new ResourceNotFoundException(kind, id);
        }
        return id;
    }

    /** A region code from a path; one that is not well-formed names no region and is not looked up. */
    public static String regionCode(String id) {
        if (!RegionCodes.isWellFormed(id)) {
            throw new ResourceNotFoundException("region", id);
        }
        return id;
    }

    private static String shortened(String id) {
        return id.length() <= MAX_ECHOED_ID ? id : id.substring(0, MAX_ECHOED_ID) + "…";
    }
}
