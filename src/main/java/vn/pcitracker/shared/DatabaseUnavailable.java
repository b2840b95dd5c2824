package vn.pcitracker.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, network cut) from any other:
 * the user is then told to wait and try again, nothing was saved, and the application recovers by itself
 * when the database returns (the connection pool opens new connections; see docs/operations.md).
 */
public final class DatabaseUnavailable {

    /** SQLSTATE class 08 (connection exception), 57P01-57P03 (server shutting down, crashed, starting up). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    private DatabaseUnavailable() {
    }

    /** Whether {@code error} or one of its causes says the database could not be reached. */
    public static boolean causedBy(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current instanceof CannotCreateTransactionException || current instanceof DataAccessResourceFailureException
                    || current instanceof SQLTransientConnectionException || current instanceof SQLNonTransientConnectionException
                    || current instanceof java.net.ConnectException
                    || current instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
