package vn.pcitracker.licensing.bottleneck.ui;

import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.licensing.ConditionalLineService;
import vn.pcitracker.licensing.LicensingProcedureForm;
import vn.pcitracker.licensing.LicensingProcedureService;
import vn.pcitracker.licensing.bottleneck.BottleneckCause;
import vn.pcitracker.licensing.bottleneck.BottleneckDetails;
import vn.pcitracker.licensing.bottleneck.BottleneckForm;
import vn.pcitracker.licensing.bottleneck.BottleneckService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.TestLogins;

/** Bottlenecks for the view tests, recorded by the demo investment officer through the real services. */
final class BottleneckFixtures {

    private final ApplicationContext context;

    BottleneckFixtures(ApplicationContext context) {
        this.context = context;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    long agency(String code) {
        TestLogins.signIn(context, "investment");
        return context.getBean(AgencyService.class).findByCode(code).orElseThrow().id();
    }

    /** A new bottleneck of agency {@code agencyCode} on a new procedure; the investment officer is signed out after. */
    BottleneckDetails recorded(String agencyCode, String title, BottleneckCause cause, boolean isPublic) {
        long agency = agency(agencyCode);
        long line = context.getBean(ConditionalLineService.class).search("Kinh doanh dịch vụ cầm đồ", null).getFirst().id();
        String code = "TT-" + unique();
        long procedure = context.getBean(LicensingProcedureService.class).create(new LicensingProcedureForm(code,
                "Thủ tục thử " + code, agency, 20, 10, Set.of(line))).id();
        BottleneckDetails created = context.getBean(BottleneckService.class).create(new BottleneckForm(procedure, line, agency,
                null, title, "Mô tả " + title, Set.of(cause), null, null, null, null, null, isPublic, null));
        TestLogins.signOut();
        return created;
    }
}
