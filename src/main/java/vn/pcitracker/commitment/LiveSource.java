package vn.pcitracker.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A figure the product computes from its own data for one agency over a period, so that nobody types a number the
 * system knows. Each implementation is a Spring bean; its {@link #key()} is stored as the criterion's source. Add a
 * source (say, median actual days on a licensing procedure) by adding a bean: the core does not change.
 * <p>
 * {@link #value} is called after the commitment service has checked that the user may read the commitment; a
 * source may therefore read its module's figures with the system's rights ({@code SystemAuthentication}).
 */
public interface LiveSource {

    /** Stable key stored in {@code commitment_criterion.source}, at most 60 characters, never {@code MANUAL}. */
    String key();

    /** Translation key of the source's name. */
    String labelKey();

    /** The unit the value is expressed in ("%", "ngày"), set on criteria that use this source. */
    String unit();

    /** Translation key of one sentence saying how the value is computed. */
    String formulaKey();

    /** The value for {@code agencyId} from {@code from} to {@code to}, both included; empty when nothing was measured. */
    Optional<BigDecimal> value(long agencyId, LocalDate from, LocalDate to);
}
