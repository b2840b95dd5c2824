package vn.pcitracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;
import vn.pcitracker.attachment.AttachmentOwnerPolicy;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.security.AccountDirectory;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.LanguageSelection;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;
import vn.pcitracker.shared.importing.ImportSessions;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.pcitracker");

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(PermitAll.class).orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class).orShould().beAnnotatedWith(DenyAll.class)
                .because("a route without an access annotation is either open to all or closed by accident")
                .check(CLASSES);
    }

    @Test
    void everyPublicServiceMethodChecksAccess() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class).and().arePublic()
                .should().beAnnotatedWith(PreAuthorize.class).orShould().beDeclaredInClassesThat().areAnnotatedWith(PreAuthorize.class)
                .because("the UI is not the only door: services check roles themselves")
                .check(CLASSES);
    }

    @Test
    void everyPublicServiceMethodDeclaresItsTransaction() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class).and().arePublic()
                .should().beAnnotatedWith(Transactional.class)
                .because("services own their transactions, readOnly for queries (STYLE.md)")
                .check(CLASSES);
    }

    @Test
    void viewsDoNotReachIntoRepositoriesOrEntities() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..domain..")
                .because("views are thin: they call services, which own transactions, security and validation")
                .check(CLASSES);
    }

    @Test
    void controllersReachDataOnlyThroughServices() {
        noClasses().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().resideInAPackage("..domain..")
                .because("an HTTP handler is a door like a view: the service behind it checks who may see which record")
                .check(CLASSES);
    }

    /**
     * Views call services, whose methods declare who may call them. A public method of a plain component answers
     * whoever calls it, so views may call only those that serve the signed-in user themselves, other UI helpers
     * (which call services in turn), the attachment owner policies (which answer yes or no through the owning
     * module's checked service) and the translations, the same texts for everyone (the audit view's labels).
     */
    @Test
    void viewsCallNoUncheckedComponentOfAnotherModule() {
        Set<String> servingTheUserThemselves = Set.of(CurrentUser.class.getName(), LanguageSelection.class.getName(),
                ImportSessions.class.getName(), WorkingDayCalendar.class.getName(),
                ModuleTranslationProvider.class.getName());
        noClasses().that().resideInAPackage("..ui..")
                .should().callMethodWhere(DescribedPredicate.describe("a public method of an unchecked component",
                        (JavaMethodCall call) -> call.getTargetOwner().isAnnotatedWith(Component.class)
                                && !call.getTargetOwner().getPackageName().contains(".ui")
                                && !call.getTargetOwner().isAssignableTo(AttachmentOwnerPolicy.class)
                                && !servingTheUserThemselves.contains(call.getTargetOwner().getName())
                                && call.getTarget().resolveMember().map(method -> !method.isAnnotatedWith(PreAuthorize.class))
                                .orElse(true)))
                .because("the UI is not the only door, and no door may open records without a check (STYLE.md)")
                .check(CLASSES);
    }

    @Test
    void onlyTheNotificationModuleAsksTheAccountDirectory() {
        noClasses().that().resideOutsideOfPackages("vn.pcitracker.security..", "vn.pcitracker.notification")
                .should().dependOnClassesThat().areAssignableTo(AccountDirectory.class)
                .because("it hands out e-mail addresses without an access check: only notification's jobs and listeners,"
                        + " which have already decided who is told, may ask it (a user-facing door would leak them)")
                .check(CLASSES);
    }
}
