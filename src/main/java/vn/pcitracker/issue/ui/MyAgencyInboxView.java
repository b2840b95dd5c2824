package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.EnumSet;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.IssueSort;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.SignedInUser;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;

/** What the officer's agency still owes an answer on, the soonest (and overdue) deadlines first. */
@Route("issues/my-agency")
@Menu(title = "issue.MyAgencyInboxView.menu", order = 6, icon = "vaadin:clipboard-clock")
@RolesAllowed(Role.Names.AGENCY_OFFICER)
class MyAgencyInboxView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "issue.MyAgencyInboxView.";
    private static final String FILE_NAME = "kien-nghi-cua-don-vi";

    private final IssueExport export;

    MyAgencyInboxView(IssueQueryService queries, IssueFieldService fields, AgencyService agencies, CurrentUser currentUser,
                      AssociationService associations, DdciService ddci, EnterpriseService enterprises) {
        SignedInUser user = currentUser.require();
        IssueGrid grid = new IssueGrid(queries, fields, agencies, IssueSort.DEADLINE_SOONEST);
        export = new IssueExport(this, getLocale(), queries, grid, new ImportColumns(this, associations, ddci), enterprises);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(IssueDetailView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id()))));
        Span intro = new Span(getTranslation(KEY + "intro", user.agencyId() == null ? ""
                : agencies.find(user.agencyId()).map(agency -> agency.name(getLocale())).orElse("")));
        HorizontalLayout top = new HorizontalLayout(intro);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        add(top, grid);
        setSizeFull();
        if (user.agencyId() == null) {
            // An agency officer account without an agency sees nothing rather than everything.
            grid.setItems();
            return;
        }
        top.add(new ExportButtons(FILE_NAME, this::export));
        grid.show(new IssueFilter(null, EnumSet.copyOf(IssueState.AWAITING_ANSWER), user.agencyId(), null, null, null, null,
                null, null, null, null));
    }

    /** Writes the list as the export buttons do: the agency's open recommendations in the order shown. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }
}
