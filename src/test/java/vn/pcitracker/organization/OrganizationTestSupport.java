package vn.pcitracker.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowingConsumer;
import org.assertj.core.groups.Tuple;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.shared.ValidationException;

/** Helpers shared by the organization service tests, which all write to one throw-away database. */
final class OrganizationTestSupport {

    private OrganizationTestSupport() {
    }

    /** A code no other test uses, so tests stay independent in the shared database. */
    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static void assertRefused(Runnable command, Tuple... fieldAndKey) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(ValidationException.Violation::field,
                        ValidationException.Violation::messageKey).contains(fieldAndKey));
    }

    static LoadResult result(List<LoadResult> results, String dataSet) {
        return results.stream().filter(r -> r.dataSet().equals(dataSet)).findFirst().orElseThrow();
    }

    static ThrowingConsumer<LoadResult> changedNothing() {
        return result -> {
            assertThat(result.inserted()).as("inserted").isZero();
            assertThat(result.updated()).as("updated").isZero();
        };
    }
}
