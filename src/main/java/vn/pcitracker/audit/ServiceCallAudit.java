package vn.pcitracker.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.StringJoiner;
import java.util.UUID;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Records every call that changes state (a non-read-only {@code @Transactional} method of a service, picked by
 * {@link ServiceCallPointcut}) once, for the outermost call of a thread: an import is one record, not one per row.
 * A call that returns is recorded inside its own transaction (the call runs in a transaction template with the
 * method's own attributes, which the method's transaction joins, whichever of the two proxies wraps the other), so
 * a rollback removes its record too; a call that throws is recorded in a transaction of its own as refused or
 * failed. Method security's own refusals are left to {@link SecurityEventAudit}. Only ids, numbers, dates,
 * enums and booleans of the arguments are recorded, never text, which may be a password or personal data.
 */
class ServiceCallAudit implements MethodInterceptor {

    private static final ThreadLocal<Boolean> RECORDING = new ThreadLocal<>();

    private final TransactionAttributeSource attributes;
    private final ObjectProvider<AuditTrail> trail;
    private final ObjectProvider<PlatformTransactionManager> transactions;

    ServiceCallAudit(TransactionAttributeSource attributes, ObjectProvider<AuditTrail> trail,
                     ObjectProvider<PlatformTransactionManager> transactions) {
        this.attributes = attributes;
        this.trail = trail;
        this.transactions = transactions;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (RECORDING.get() != null) {
            return invocation.proceed();
        }
        Class<?> service = ClassUtils.getUserClass(AopUtils.getTargetClass(invocation.getThis()));
        Method method = invocation.getMethod();
        TransactionAttribute attribute = attributes.getTransactionAttribute(method, service);
        String action = service.getSimpleName() + "." + method.getName();
        String targetType = service.getSimpleName().replaceFirst("Service$", "");
        RECORDING.set(Boolean.TRUE);
        boolean[] rolledBack = {false};
        try {
            Object returned = new TransactionTemplate(transactions.getObject(), attribute).execute(status -> {
                Object result = proceed(invocation);
                if (status.isRollbackOnly()) {
                    // The method returned but chose to roll back (an import with problems stores nothing).
                    status.setRollbackOnly();
                    rolledBack[0] = true;
                    return result;
                }
                trail.getObject().record(action, targetType, targetId(invocation.getArguments(), result),
                        AuditOutcome.SUCCESS, arguments(method, invocation.getArguments()));
                return result;
            });
            if (rolledBack[0]) {
                trail.getObject().recordIndependently(action, targetType, targetId(invocation.getArguments(), returned),
                        AuditOutcome.FAILED, join("rolled back", arguments(method, invocation.getArguments())));
            }
            return returned;
        } catch (Thrown thrown) {
            recordFailure(action, targetType, invocation, thrown.getCause());
            throw thrown.getCause();
        } catch (RuntimeException | Error e) {
            recordFailure(action, targetType, invocation, e);
            throw e;
        } finally {
            RECORDING.remove();
        }
    }

    private void recordFailure(String action, String targetType, MethodInvocation invocation, Throwable e) {
        if (e instanceof AuthorizationDeniedException) {
            return;
        }
        AuditOutcome outcome = e instanceof AccessDeniedException ? AuditOutcome.REFUSED : AuditOutcome.FAILED;
        trail.getObject().recordIndependently(action, targetType, targetId(invocation.getArguments(), null), outcome,
                join(e.getClass().getSimpleName(), arguments(invocation.getMethod(), invocation.getArguments())));
    }

    private static String join(String what, String arguments) {
        return arguments == null ? what : what + "; " + arguments;
    }

    private static Object proceed(MethodInvocation invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new Thrown(e);
        }
    }

    /** The first id-like argument, else the id of what the call returned (a created record). */
    static Object targetId(Object[] arguments, Object result) {
        for (Object argument : arguments) {
            if (argument instanceof Long || argument instanceof Integer || argument instanceof UUID) {
                return argument;
            }
        }
        return idOf(result, 2);
    }

    /** The {@code id} of a returned record, or of a record it holds (an issued key holds its summary). */
    private static Object idOf(Object result, int depth) {
        if (result == null || !result.getClass().isRecord() || depth == 0) {
            return null;
        }
        try {
            for (RecordComponent component : result.getClass().getRecordComponents()) {
                if (component.getName().equals("id")) {
                    return accessor(component).invoke(result);
                }
            }
            for (RecordComponent component : result.getClass().getRecordComponents()) {
                Object id = component.getType().isRecord() ? idOf(accessor(component).invoke(result), depth - 1) : null;
                if (id != null) {
                    return id;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Records nested in package-private classes (a module's DTOs) have accessors reflection may not call. */
    private static Method accessor(RecordComponent component) {
        Method accessor = component.getAccessor();
        accessor.trySetAccessible();
        return accessor;
    }

    static String arguments(Method method, Object[] arguments) {
        StringJoiner shown = new StringJoiner(", ");
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < arguments.length && i < parameters.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof Number || argument instanceof Boolean || argument instanceof Enum<?>
                    || argument instanceof Temporal || argument instanceof UUID) {
                shown.add(parameters[i].getName() + "=" + argument);
            }
        }
        return shown.length() == 0 ? null : shown.toString();
    }

    /** A checked exception carried through the transaction template's callback. */
    private static final class Thrown extends RuntimeException {
        Thrown(Throwable cause) {
            super(cause);
        }
    }
}
