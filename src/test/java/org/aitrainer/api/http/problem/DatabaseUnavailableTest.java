package org.aitrainer.api.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached" (503) rather than a fault of the service (500). */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(
                        new JDBCConnectionException("gone", new SQLException("Connection refused", "08001")))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(
                        new SQLException("terminating connection due to administrator " + "command", "57P01")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(
                        new SQLException("Acquisition timeout while waiting for new " + "connection")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("pool closed")))
                .isTrue();
    }

    @Test
    void aConnectionThatCouldNotBeOpenedIsAnOutageWhateverTheDriverSays() {
        // What the soak test met: the pool gave up and interrupted the driver while it was connecting.
        SQLException driver = new SQLException(
                "Something unusual has occurred to cause the driver to fail.",
                "XX000",
                new RuntimeException("Interrupted while attempting to connect."));
        assertThat(DatabaseUnavailable.causedBy(new GenericJDBCException("Unable to acquire JDBC Connection", driver)))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new ConstraintViolationException(
                        "duplicate key", new SQLException("duplicate key value", "23505"), "policy_slug_key")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(
                        new GenericJDBCException("could not execute query", new SQLException("syntax error", "42601"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug")))
                .isFalse();
    }
}
