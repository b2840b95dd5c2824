package vn.pcitracker.audit;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttributeSource;

/** Wires the audit into Spring Security's refusals and around the services' state-changing calls (docs/adr/015). */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /** With this bean, method and web security publish an {@code AuthorizationDeniedEvent} for every refusal. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /**
     * An infrastructure advisor, so that whichever auto-proxy creator is active applies it; its collaborators are
     * looked up at the first call, not while the proxies are being created.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor serviceCallAuditAdvisor(ObjectProvider<AuditTrail> trail,
                                           ObjectProvider<PlatformTransactionManager> transactions) {
        TransactionAttributeSource attributes = new AnnotationTransactionAttributeSource();
        return new DefaultPointcutAdvisor(new ServiceCallPointcut(attributes),
                new ServiceCallAudit(attributes, trail, transactions));
    }
}
