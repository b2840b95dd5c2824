package vn.pcitracker.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every filter chain (docs/adr/014): the same everywhere but the content security policy,
 * which is as strict as what each chain answers allows. Pages need what Vaadin needs; a download is never a page
 * (sandboxed, nothing may load); the partner API answers JSON, which loads nothing either.
 */
public final class SecurityHeaders {

    /**
     * As strict as Vaadin allows: Flow's client runs the server's JavaScript calls through {@code new Function}
     * ('unsafe-eval'), its bootstrap page carries inline scripts and its themes inject style elements
     * ('unsafe-inline'). Everything else comes from this origin only; no page may frame ours.
     */
    public static final String PAGES_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** A file opened by mistake in the browser runs nothing, loads nothing and has no origin of ours. */
    public static final String DOWNLOADS_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'";

    /** JSON for other systems: nothing to load, nothing to frame. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** nosniff, no framing, the referrer policy, HSTS for a year on TLS requests, and {@code policy}. */
    public static Customizer<HeadersConfigurer<HttpSecurity>> withPolicy(String policy) {
        return headers -> headers
                .contentTypeOptions(options -> { })
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // Spring writes it on requests over TLS only, as the standard wants.
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy));
    }
}
