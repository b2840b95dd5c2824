package vn.pcitracker.security;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import vn.pcitracker.security.ui.LoginView;

/**
 * Web security through Vaadin's configurer (views carry their own access annotations) and method security
 * for the services, which are a door of their own: the UI is not the only way in.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // The public results page's own style sheet (the page itself is @AnonymousAllowed).
                .requestMatchers("/public-site/**").permitAll()
                // The dashboard's style sheet: static files outside Vaadin's own paths are refused even when signed in.
                .requestMatchers("/dashboard/dashboard.css").permitAll()
                // The monthly report's style sheet, for the same reason.
                .requestMatchers("/report/report.css").permitAll());
        http.headers(SecurityHeaders.withPolicy(SecurityHeaders.PAGES_POLICY));
        http.headers(headers -> headers
                // Before the request goes on: Vaadin writes its bootstrap page to the unwrapped response, which Spring's
                // usual write-at-commit never sees, and the page went out with none of these headers.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // After Vaadin's configurer has declared its login page (else Spring generates its own): a locked login is
        // told so, with its end; any other failure gets the one message that reveals nothing.
        http.with(new LoginFailures(loginFailureHandler(throttle)), Customizer.withDefaults());
        return http.build();
    }

    /**
     * Vaadin's navigation access control as its auto-configuration builds it (view annotations; Vaadin's configurer
     * switches it on), with refused navigations published for the audit log.
     */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(
            ObjectProvider<AuthorizationEventPublisher> publisher) {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
                .withDecisionResolver(new NavigationRefusals(publisher)).disabled();
    }

    /** The password check, behind throttling and lockout of repeated failures. */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                  LoginThrottle throttle) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwordCheck, throttle);
    }

    /** BCrypt by default; the {id} prefix lets a later change of algorithm keep existing hashes valid. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static final class LoginFailures extends AbstractHttpConfigurer<LoginFailures, HttpSecurity> {

        private final AuthenticationFailureHandler handler;

        LoginFailures(AuthenticationFailureHandler handler) {
            this.handler = handler;
        }

        @Override
        public void init(HttpSecurity http) {
            http.formLogin(form -> form.failureHandler(handler));
        }
    }

    private static AuthenticationFailureHandler loginFailureHandler(LoginThrottle throttle) {
        SimpleUrlAuthenticationFailureHandler otherFailure = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            if (failure instanceof LockedException) {
                lockedOut(request, response, throttle);
            } else {
                otherFailure.onAuthenticationFailure(request, response, failure);
            }
        };
    }

    /** To the login page with the lock's end (seconds since the epoch), which it shows in the user's language. */
    private static void lockedOut(HttpServletRequest request, HttpServletResponse response, LoginThrottle throttle)
            throws IOException {
        long until = throttle.lockedUntil(request.getParameter("username"), request.getRemoteAddr())
                .map(Instant::getEpochSecond).orElse(0L);
        response.sendRedirect(request.getContextPath() + "/login?locked=" + until);
    }
}
