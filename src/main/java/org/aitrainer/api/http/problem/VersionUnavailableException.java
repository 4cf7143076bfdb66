package org.aitrainer.api.http.problem;

/**
 * A data version a request asked for ({@code version}, {@code dataVersion} or {@code knownAt}) that cannot be
 * answered: one not yet committed (404), or one before the earliest version the service can rebuild (410).
 */
public class VersionUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String parameter;

    private VersionUnavailableException(int status, String parameter, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.parameter = parameter;
    }

    /** A version after the one committed now. */
    public static VersionUnavailableException notYet(String parameter, long requested, long committed) {
        return new VersionUnavailableException(
                404, parameter, "Data version " + requested + " has not been committed; the latest is " + committed);
    }

    /** A version before the earliest one that can be rebuilt. */
    public static VersionUnavailableException gone(String parameter, String requested, long earliest) {
        return new VersionUnavailableException(
                410,
                parameter,
                requested + " is before data version " + earliest
                        + ", the earliest whose answers can be rebuilt (the last one a migration wrote); ask for "
                        + earliest + " or later");
    }

    public int status() {
        return status;
    }

    /** The query parameter that named the version. */
    public String parameter() {
        return parameter;
    }
}
