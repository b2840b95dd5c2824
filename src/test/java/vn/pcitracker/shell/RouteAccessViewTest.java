package vn.pcitracker.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;
import vn.pcitracker.Application;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.security.ui.LoginView;

/**
 * Every route of the application, opened by each demo role and by an anonymous visitor: it opens or is refused
 * exactly as the table below says. The routes come from the classes ({@code @Route} and {@code @RouteAlias}), so
 * a new view without a row here fails {@link #everyRouteOfTheApplicationHasARowInTheTable()}. Routes with an id
 * are opened with a demo record that every role admitted to the route may see (Sở Xây dựng's, backed by
 * Hiệp hội Doanh nghiệp TP Hải Phòng), so that a refusal can only come from the route's own rule.
 */
class RouteAccessViewTest extends ViewTestBase {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> WHO = List.of("admin", "investment", "agency", "association", "leader", ANONYMOUS);

    private static final Set<String> ALL_SIGNED_IN = Set.of("admin", "investment", "agency", "association", "leader");
    private static final Set<String> OFFICIALS = Set.of("admin", "investment", "agency", "leader");
    private static final Set<String> READERS_OF_ALL = Set.of("admin", "investment", "leader");
    private static final Set<String> MANAGERS = Set.of("admin", "investment");
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> EVERYONE = Set.of("admin", "investment", "agency", "association", "leader", ANONYMOUS);

    /** Route template → who may open it; everyone else is refused (anonymous visitors are sent to the login). */
    private static final Map<String, Set<String>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("", ALL_SIGNED_IN),
            Map.entry("login", EVERYONE),
            Map.entry("public", EVERYONE),
            Map.entry("public/:code", EVERYONE),
            Map.entry("notifications", ALL_SIGNED_IN),
            Map.entry("dashboard", OFFICIALS),
            Map.entry("scorecard", OFFICIALS),
            Map.entry("reports/monthly", READERS_OF_ALL),
            Map.entry("pci/goals", OFFICIALS),
            Map.entry("pci/what-if", OFFICIALS),
            Map.entry("pci/results", MANAGERS),
            Map.entry("ddci", READERS_OF_ALL),
            Map.entry("ddci/results", OFFICIALS),
            Map.entry("calendar", OFFICIALS),
            Map.entry("issues", ALL_SIGNED_IN),
            Map.entry("issues/new", Set.of("investment")),
            Map.entry("issues/my-agency", Set.of("agency")),
            Map.entry("issues/:id", ALL_SIGNED_IN),
            Map.entry("portal", Set.of("association")),
            Map.entry("my-submissions", Set.of("association")),
            Map.entry("dialogues", OFFICIALS),
            Map.entry("dialogues/:id", OFFICIALS),
            Map.entry("licensing/lines", OFFICIALS),
            Map.entry("licensing/procedures", OFFICIALS),
            Map.entry("bottlenecks", ALL_SIGNED_IN),
            Map.entry("bottlenecks/figures", ALL_SIGNED_IN),
            Map.entry("bottlenecks/new", MANAGERS),
            Map.entry("bottlenecks/:id([0-9]+)", ALL_SIGNED_IN),
            Map.entry("commitments", OFFICIALS),
            Map.entry("commitments/new", MANAGERS),
            Map.entry("commitments/:id([0-9]+)", OFFICIALS),
            Map.entry("commitments/:id([0-9]+)/edit", MANAGERS),
            Map.entry("enterprises", MANAGERS),
            Map.entry("admin/accounts", ADMIN),
            Map.entry("admin/agencies", ADMIN),
            Map.entry("admin/associations", ADMIN),
            Map.entry("admin/issue-fields", ADMIN),
            Map.entry("admin/pci-editions", ADMIN),
            Map.entry("admin/reference-data", ADMIN),
            Map.entry("admin/api-keys", ADMIN),
            Map.entry("admin/outbox", ADMIN),
            Map.entry("admin/notification-templates", ADMIN),
            Map.entry("admin/sessions", ADMIN),
            Map.entry("admin/audit", ADMIN)));

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRouteOfTheApplicationHasARowInTheTable() {
        assertThat(routes().keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void eachUserOpensExactlyTheRoutesTheTableGivesThemAndIsRefusedTheOthers(String who) {
        if (ANONYMOUS.equals(who)) {
            openAnonymously();
        } else {
            signInAs(who);
        }
        Set<String> opened = new TreeSet<>();
        routes().forEach((template, view) -> {
            if (opens(template, view, who)) {
                opened.add(template);
            }
        });

        Set<String> expected = new TreeSet<>();
        EXPECTED.forEach((template, users) -> {
            if (users.contains(who)) {
                expected.add(template);
            }
        });
        assertThat(opened).as("the routes %s opens", who).containsExactlyElementsOf(expected);
    }

    static Stream<String> users() {
        return WHO.stream();
    }

    /**
     * Navigates the current UI to the route: true when the view is shown, false when the route is refused: a
     * signed-in user gets Vaadin's access-denied error, an anonymous visitor is sent to the login.
     */
    private boolean opens(String template, Class<?> view, String who) {
        try {
            UI.getCurrent().navigate(url(template));
        } catch (MockAccessDeniedException refused) {
            assertThat(who).as("only signed-in users get the access-denied error").isNotEqualTo(ANONYMOUS);
            return false;
        }
        HasElement shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        if (view.isInstance(shown)) {
            return true;
        }
        assertThat(shown).as("/%s refused to %s: sent to the login", template, who).isInstanceOf(LoginView.class);
        assertThat(who).as("only anonymous visitors are sent to the login").isEqualTo(ANONYMOUS);
        return false;
    }

    /** The route with its parameters filled with demo records that every role admitted to it may see. */
    private String url(String template) {
        return template
                .replace("issues/:id", "issues/" + id("""
                        SELECT i.id FROM issue i JOIN issue_party p ON p.issue_id = i.id
                        JOIN association a ON a.id = p.association_id JOIN agency g ON g.id = i.lead_agency_id
                        WHERE a.code = 'HHDN-HP' AND g.code = 'S-XD' ORDER BY i.id LIMIT 1"""))
                .replace("bottlenecks/:id([0-9]+)", "bottlenecks/" + id("""
                        SELECT b.id FROM bottleneck b JOIN agency g ON g.id = b.agency_id
                        WHERE g.code = 'S-XD' AND b.is_public ORDER BY b.id LIMIT 1"""))
                .replace(":id([0-9]+)", id("""
                        SELECT c.id FROM commitment c JOIN agency g ON g.id = c.signing_agency_id
                        WHERE g.code = 'S-XD' ORDER BY c.id LIMIT 1"""))
                .replace("dialogues/:id", "dialogues/" + id("SELECT min(id) FROM dialogue_session"))
                .replace("public/:code", "public/" + jdbc.queryForObject(
                        "SELECT code FROM issue WHERE is_public ORDER BY id LIMIT 1", String.class));
    }

    private String id(String sql) {
        return String.valueOf(jdbc.queryForObject(sql, Long.class));
    }

    /** Every route template and alias in the application, with the view it shows. */
    private static Map<String, Class<?>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        scanner.findCandidateComponents(Application.class.getPackageName()).forEach(candidate -> {
            Class<?> view = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            routes.put(view.getAnnotation(Route.class).value(), view);
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                routes.put(alias.value(), view);
            }
        });
        return routes;
    }
}
