package vn.pcitracker.referencedata;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Brings the database up to date with the CSV files on every start; idempotent. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceDataStartup implements ApplicationRunner {

    private final ReferenceDataService referenceData;

    ReferenceDataStartup(ReferenceDataService referenceData) {
        this.referenceData = referenceData;
    }

    @Override
    public void run(ApplicationArguments args) {
        referenceData.load();
    }
}
