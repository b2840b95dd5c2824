package vn.pcitracker.api.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import vn.pcitracker.security.SecurityHeaders;
import vn.pcitracker.shared.Role;

/**
 * The API's own filter chain, ahead of Vaadin's (which refuses every request that is not a Vaadin one):
 * stateless, no session, no CSRF (no cookies are read, so there is nothing to forge), keys checked by
 * {@link ApiKeyFilter}. Open311 reads are public; filing an Open311 request and all of {@code /api/**} need a key.
 * The OpenAPI description and its browsable page are for signed-in administrators ({@link #apiDocumentationForAdministrators}), who
 * hand them to partners with their keys: nothing but the health endpoint and the public pages is open to anyone.
 */
@Configuration
class ApiWebSecurity {

    static final String[] PATHS = {"/open311/**", "/api/**"};
    static final String[] DOCUMENTATION = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @Order(5)
    SecurityFilterChain partnerApi(HttpSecurity http, ApiKeyAuthenticator authenticator, RateLimiter limiter,
                                   ApiErrors errors) throws Exception {
        return http.securityMatcher(PATHS)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.withPolicy(SecurityHeaders.API_POLICY))
                .requestCache(cache -> cache.disable())
                .addFilterAfter(new ApiKeyFilter(authenticator, limiter, errors), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/open311/**").hasAuthority(ApiClient.AUTHORITY)
                        .requestMatchers("/open311/**").permitAll()
                        .anyRequest().hasAuthority(ApiClient.AUTHORITY))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> errors.write(request, response,
                                request.getRequestURI().startsWith(request.getContextPath() + "/open311")
                                        ? HttpStatus.FORBIDDEN.value() : HttpStatus.UNAUTHORIZED.value(),
                                "api.ApiKeyFilter.missingKey"))
                        .accessDeniedHandler((request, response, e) -> errors.write(request, response,
                                HttpStatus.FORBIDDEN.value(), "api.ApiKeyFilter.forbidden")))
                .build();
    }

    /**
     * The description and its page read the signed-in user's session, like the attachment downloads (Vaadin's own
     * chain refuses every request that is not a Vaadin one, so they need a chain of their own).
     */
    @Bean
    @Order(6)
    SecurityFilterChain apiDocumentationForAdministrators(HttpSecurity http) throws Exception {
        return http.securityMatcher(DOCUMENTATION)
                // Swagger UI is a page of this origin, like the application's.
                .headers(SecurityHeaders.withPolicy(SecurityHeaders.PAGES_POLICY))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.Names.ADMIN))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint("/login")))
                .build();
    }
}
