package vn.pcitracker.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.util.ClassUtils;

/**
 * The calls that change state: public methods of the application's {@code @Service} classes that are
 * {@code @Transactional}, not read-only and not merely joining a transaction if there is one (pure helpers). Not the audit module's own, nor the dashboard's, whose writes are its
 * cache of figures.
 */
class ServiceCallPointcut extends StaticMethodMatcherPointcut {

    private static final String APPLICATION = "vn.pcitracker.";
    private static final String[] NOT_AUDITED = {"vn.pcitracker.audit.", "vn.pcitracker.dashboard."};

    private final TransactionAttributeSource attributes;

    ServiceCallPointcut(TransactionAttributeSource attributes) {
        this.attributes = attributes;
    }

    @Override
    public boolean matches(Method method, Class<?> targetClass) {
        Class<?> service = ClassUtils.getUserClass(targetClass);
        String name = service.getName();
        if (!name.startsWith(APPLICATION) || !AnnotatedElementUtils.hasAnnotation(service, Service.class)
                || !Modifier.isPublic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
            return false;
        }
        for (String excluded : NOT_AUDITED) {
            if (name.startsWith(excluded)) {
                return false;
            }
        }
        TransactionAttribute attribute = attributes.getTransactionAttribute(method, service);
        return attribute != null && !attribute.isReadOnly()
                && attribute.getPropagationBehavior() != TransactionDefinition.PROPAGATION_SUPPORTS;
    }
}
