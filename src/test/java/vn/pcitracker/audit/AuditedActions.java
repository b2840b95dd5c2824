package vn.pcitracker.audit;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.util.ClassUtils;
import vn.pcitracker.shared.Role;

/**
 * What the audit log can hold, found the way the application finds it, for the tests that keep all of it labelled:
 * every method the real {@link ServiceCallPointcut} picks in the application's {@code @Service} classes, the codes
 * of the security and export records, the target types these write, and the roles.
 */
public final class AuditedActions {

    private AuditedActions() {
    }

    /** {@code login}, {@code logout}, {@code access}, {@code export}, and {@code Service.method} of each audited call. */
    public static SortedSet<String> codes() {
        SortedSet<String> codes = new TreeSet<>(List.of(SecurityEventAudit.LOGIN, SecurityEventAudit.LOGOUT,
                SecurityEventAudit.ACCESS, ExportAudit.EXPORT));
        ServiceCallPointcut pointcut = new ServiceCallPointcut(new AnnotationTransactionAttributeSource());
        for (Class<?> service : scan(new AnnotationTypeFilter(Service.class))) {
            Arrays.stream(service.getMethods()).filter(method -> pointcut.matches(method, service))
                    .forEach(method -> codes.add(service.getSimpleName() + "." + method.getName()));
        }
        return codes;
    }

    /**
     * The security records' own ({@code url}, {@code route}, {@code file}) and, without a trailing {@code Service},
     * the name of every service (an audited call names its service) and of every class whose methods carry
     * {@code @PreAuthorize} (a refused call names its class).
     */
    public static SortedSet<String> targetTypes() {
        SortedSet<String> types = new TreeSet<>(List.of("url", "route", "file"));
        Stream.concat(scan(new AnnotationTypeFilter(Service.class)).stream(),
                        scan((reader, factory) -> reader.getAnnotationMetadata().hasAnnotatedMethods(PreAuthorize.class.getName())
                                || reader.getAnnotationMetadata().hasAnnotation(PreAuthorize.class.getName())).stream())
                .forEach(type -> types.add(type.getSimpleName().replaceFirst("Service$", "")));
        return types;
    }

    /** The product's roles and the partner systems' pseudo-role. */
    public static SortedSet<String> roles() {
        SortedSet<String> roles = new TreeSet<>(List.of(AuditActor.API_CLIENT));
        Arrays.stream(Role.values()).map(Role::name).forEach(roles::add);
        return roles;
    }

    private static List<Class<?>> scan(org.springframework.core.type.filter.TypeFilter filter) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete() && definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents("vn.pcitracker").stream().map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, AuditedActions.class.getClassLoader()))
                .filter(type -> !Modifier.isAbstract(type.getModifiers()))
                .toList();
    }
}
