package org.aitrainer.api.http.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/** Recognises the failures that mean "the database cannot be reached", as opposed to a fault of the service. */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before retrying: the pool reconnects within that once the database is back. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static final String DETAIL =
            "The database cannot be reached at the moment; nothing was written. Retry in a few " + "seconds.";

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && unreachable(sql)) {
                return true;
            }
            // Hibernate could not get a connection at all: the pool gave up, or opening one was interrupted.
            String message = t.getMessage();
            if (message != null && message.startsWith("Unable to acquire JDBC Connection")) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01 to 57P03 (the server shutting down or starting), 53300 (too
     * many connections), or the pool giving up waiting for a connection.
     */
    private static boolean unreachable(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
            return true;
        }
        String message = sql.getMessage();
        return message != null && message.startsWith("Acquisition timeout");
    }
}
