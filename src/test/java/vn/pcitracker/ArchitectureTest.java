package vn.pcitracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
}
