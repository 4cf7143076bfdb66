package org.aitrainer.api.http.problem;

/** No snapshot has been loaded yet (the database was away since start-up): reads answer 503 with Retry-After. */
public class SnapshotUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String DETAIL = "The service has not loaded its data yet; retry in a few seconds.";

    public SnapshotUnavailableException() {
        super(DETAIL, null, false, false);
    }
}
