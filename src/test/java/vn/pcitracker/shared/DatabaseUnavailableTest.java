package vn.pcitracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    @Test
    void noConnectionFromThePoolAtTheStartOfATransactionIsAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("view", new CannotCreateTransactionException(
                "Could not open JPA EntityManager", new SQLTransientConnectionException("Connection is not available"))))).isTrue();
    }

    @Test
    void aConnectionLostInTheMiddleOfAStatementIsAnOutageByItsSqlState() {
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new RuntimeException(
                new SQLException("An I/O error occurred while sending to the backend", "08006"))))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAndBrokenRulesAreNotAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new RecordNotFoundException("Issue", 1L))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException())).isFalse();
    }
}
