package vn.pcitracker.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // The public results page's own style sheet (the page itself is @AnonymousAllowed).
                .requestMatchers("/public-site/**").permitAll()
                // The dashboard's style sheet: static files outside Vaadin's own paths are refused even when signed in.
                .requestMatchers("/dashboard/dashboard.css").permitAll()
                // The monthly report's style sheet, for the same reason.
                .requestMatchers("/report/report.css").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** BCrypt by default; the {id} prefix lets a later change of algorithm keep existing hashes valid. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
