package vn.pcitracker;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kotlin.jvm.functions.Function0;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import vn.pcitracker.security.TestLogins;

/**
 * Browserless view tests: a demo account signs in, then the test drives real views, built by Spring with the
 * real services, in a Karibu mock UI. Plain {@code @SpringBootTest}, so it shares the suite's one application
 * context (docs/adr/004).
 * <p>
 * Vaadin checks view access against the servlet request (principal and {@code isUserInRole}) while services
 * and {@code CurrentUser} read Spring's security context, so signing in sets both.
 */
@SpringBootTest
public abstract class ViewTestBase {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    private ApplicationContext context;

    private Function1<FakeHttpSession, FakeRequest> originalRequestFactory;

    /** Signs the demo account in and opens a new UI for it, as after a login; the UI starts on the overview. */
    protected void signInAs(String username) {
        Authentication authentication = TestLogins.signIn(context, username);
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
        // Kept once per test: a second sign-in in the same test must not take the first user's factory for the original.
        if (originalRequestFactory == null) {
            originalRequestFactory = MockVaadin.getMockRequestFactory();
        }
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            // Like Spring's request wrapper: @RolesAllowed("ADMIN") is granted by the authority ROLE_ADMIN.
            request.setUserInRole((principal, role) -> authorities.contains("ROLE_" + role));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /** Opens a new UI with nobody signed in, as a visitor of the public pages. */
    protected void openAnonymously() {
        TestLogins.signOut();
        if (originalRequestFactory != null) {
            MockVaadin.setMockRequestFactory(originalRequestFactory);
        }
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /** Navigates the current UI to the view and returns the instance shown. */
    protected <T extends Component> T navigateTo(Class<T> view) {
        UI.getCurrent().navigate(view);
        return LocatorJ._get(view);
    }

    /** The grid's rows as its data provider gives them, sorted and filtered as the user sees them. */
    protected static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(index -> GridKt._get(grid, index)).toList();
    }

    /**
     * Switches the session's language and reloads the page like the user menu's language switch, but without
     * remembering it for the account: the demo accounts are shared by every test and must stay Vietnamese.
     */
    protected void reloadIn(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    /**
     * Karibu's own discovery finds public classes only, but our views are package-private (STYLE.md), so they
     * are found the way Spring finds components.
     */
    private static Routes discoverRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        Routes routes = new Routes();
        scanner.findCandidateComponents(Application.class.getPackageName()).forEach(candidate -> routes.getRoutes().add(
                ClassUtils.resolveClassName(candidate.getBeanClassName(), null).asSubclass(Component.class)));
        return routes;
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        if (originalRequestFactory != null) {
            MockVaadin.setMockRequestFactory(originalRequestFactory);
            originalRequestFactory = null;
        }
        TestLogins.signOut();
    }
}
