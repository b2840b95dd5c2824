package vn.pcitracker.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.pcitracker.security.ActiveSession;
import vn.pcitracker.security.SessionService;
import vn.pcitracker.shared.Role;

/** Administrators see who is signed in, since when and from where, and can end a session. */
@Route("admin/sessions")
@Menu(title = "security.SessionListView.menu", order = 91, icon = "vaadin:connect")
@RolesAllowed(Role.Names.ADMIN)
class SessionListView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(PROVINCE);

    private final SessionService sessions;
    private final Grid<ActiveSession> grid = new Grid<>();

    SessionListView(SessionService sessions) {
        this.sessions = sessions;
        setSizeFull();
        Button refresh = new Button(getTranslation("security.SessionListView.refresh"), VaadinIcon.REFRESH.create(),
                click -> refresh());
        add(new Paragraph(getTranslation("security.SessionListView.intro")), refresh, configureGrid());
        refresh();
    }

    private Grid<ActiveSession> configureGrid() {
        grid.addColumn(ActiveSession::username).setHeader(getTranslation("security.SessionListView.username")).setSortable(true).setAutoWidth(true);
        grid.addColumn(ActiveSession::displayName).setHeader(getTranslation("security.SessionListView.displayName")).setAutoWidth(true).setResizable(true);
        grid.addColumn(s -> getTranslation("security.Role." + s.role().name())).setHeader(getTranslation("security.SessionListView.role")).setAutoWidth(true);
        grid.addColumn(s -> time(s.signedInAt())).setHeader(getTranslation("security.SessionListView.signedInAt")).setAutoWidth(true);
        grid.addColumn(s -> time(s.lastRequestAt())).setHeader(getTranslation("security.SessionListView.lastRequestAt")).setAutoWidth(true);
        grid.addColumn(ActiveSession::address).setHeader(getTranslation("security.SessionListView.address")).setAutoWidth(true);
        grid.addComponentColumn(this::endButton).setKey("end").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        return grid;
    }

    private Button endButton(ActiveSession session) {
        Button end = new Button(getTranslation("security.SessionListView.end"), click -> confirmEnd(session));
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        // Ending one's own session is logging out: the user menu does that.
        end.setEnabled(!session.handle().equals(currentHandle()));
        return end;
    }

    private void confirmEnd(ActiveSession session) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("security.SessionListView.confirmTitle"),
                getTranslation("security.SessionListView.confirmText", session.username()),
                getTranslation("security.SessionListView.confirm"), event -> {
                    sessions.end(session.handle());
                    Notification.show(getTranslation("security.SessionListView.ended", session.username()));
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("security.SessionListView.cancel"));
        confirm.open();
    }

    private static String currentHandle() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : (String) session.getSession().getAttribute("vn.pcitracker.security.SessionDirectory.handle");
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }

    private void refresh() {
        grid.setItems(sessions.activeSessions());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.SessionListView.title");
    }
}
