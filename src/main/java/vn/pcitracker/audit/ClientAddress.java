package vn.pcitracker.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a request came from. The connection's address, unless it is one of the configured trusted proxies
 * ({@code app.audit.trusted-proxies}): then {@code X-Forwarded-For} is read from the right, skipping the trusted
 * proxies, and the first other address is the client. A header from anyone else is ignored, so a client cannot
 * choose the address it is recorded under.
 */
@Component
class ClientAddress {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.\\[\\]]{1,64}");

    private final Set<String> trustedProxies;

    ClientAddress(@Value("${app.audit.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The current request's client, or null outside a request (start-up, scheduled work). */
    String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest()) : null;
    }

    String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (remote == null || !trustedProxies.contains(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!ADDRESS.matcher(hop).matches()) {
                return remote;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}
