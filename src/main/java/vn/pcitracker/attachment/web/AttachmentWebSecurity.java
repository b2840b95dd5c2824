package vn.pcitracker.attachment.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import vn.pcitracker.security.SecurityHeaders;

/**
 * Opens the download endpoint to signed-in users. Vaadin's security configurer denies every request that is
 * not a Vaadin one, so without this chain even a signed-in user would get 403; it runs before Vaadin's chain
 * and covers only {@code /attachments/**}. Which files a user may fetch is decided by the service, per record.
 */
@Configuration
class AttachmentWebSecurity {

    @Bean
    @Order(10)
    SecurityFilterChain attachmentDownloads(HttpSecurity http) throws Exception {
        return http.securityMatcher("/attachments/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // A download is never a page: sandboxed, it runs and loads nothing even if a browser shows it.
                .headers(SecurityHeaders.withPolicy(SecurityHeaders.DOWNLOADS_POLICY))
                // A link opened after the session ended leads to the login, as a view would.
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .build();
    }
}
