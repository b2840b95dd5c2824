package vn.pcitracker.referencedata;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.SystemAuthentication;
import vn.pcitracker.shared.database.DemoMode;

/** Loads every reference (and, in demo mode, demo) data set in one transaction: all files or none. */
@Service
public class ReferenceDataService {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataService.class);

    private final List<ReferenceDataSet> dataSets;
    private final DemoMode demoMode;
    private final CsvFiles files;
    private final TransactionTemplate transaction;

    ReferenceDataService(List<ReferenceDataSet> dataSets, DemoMode demoMode, ResourceLoader resourceLoader,
                         PlatformTransactionManager transactionManager,
                         @Value("${app.reference-data.location:classpath:data/}") String location) {
        this.dataSets = dataSets.stream().sorted(Comparator.comparingInt(ReferenceDataSet::order)).toList();
        this.demoMode = demoMode;
        this.files = new CsvFiles(resourceLoader, location);
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** An administrator's reload after the CSV files changed; nothing changes if any file is broken. */
    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public List<LoadResult> reload() {
        return load();
    }

    List<LoadResult> load() {
        List<LoadResult> results = SystemAuthentication.runAsSystem(() -> transaction.execute(status ->
                dataSets.stream()
                        .filter(set -> !set.demo() || demoMode.isEnabled())
                        .map(set -> set.load(files))
                        .toList()));
        results.forEach(result -> log.info("Reference data {}", result));
        return results;
    }
}
