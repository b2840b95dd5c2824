package vn.pcitracker.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by the key it presents ({@code X-API-Key} header, or Open311's {@code api_key}
 * parameter), refuses unknown or revoked keys (403 for Open311 as its spec says, 401 elsewhere), applies the
 * key's limit (429 with Retry-After), and audits every call made with a key. Requests without a key pass on
 * unauthenticated: the public Open311 reads allow them, the web security rules refuse the rest.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    static final String PARAMETER = "api_key";

    private final ApiKeyAuthenticator authenticator;
    private final RateLimiter limiter;
    private final ApiErrors errors;

    ApiKeyFilter(ApiKeyAuthenticator authenticator, RateLimiter limiter, ApiErrors errors) {
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader(HEADER);
        if (secret == null || secret.isBlank()) {
            secret = request.getParameter(PARAMETER);
        }
        if (secret == null || secret.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        ApiKeyAuthenticator.Presented presented = authenticator.find(secret);
        try {
            if (!presented.valid()) {
                boolean open311 = request.getRequestURI().startsWith(request.getContextPath() + "/open311");
                errors.write(request, response, open311 ? HttpStatus.FORBIDDEN.value() : HttpStatus.UNAUTHORIZED.value(),
                        "api.ApiKeyFilter.invalidKey");
                return;
            }
            long retryAfter = limiter.acquire(presented.key().getId(), presented.key().getRequestsPerMinute());
            if (retryAfter > 0) {
                response.setHeader("Retry-After", Long.toString(retryAfter));
                errors.write(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), "api.ApiKeyFilter.tooManyRequests");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ApiKeyAuthentication(presented.client()));
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        } finally {
            authenticator.audit(presented.keyId(), request.getMethod(), request.getRequestURI(), response.getStatus(),
                    request.getRemoteAddr());
        }
    }
}
