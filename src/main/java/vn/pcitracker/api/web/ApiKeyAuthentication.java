package vn.pcitracker.api.web;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by a valid, unrevoked API key. */
public class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final ApiClient client;

    ApiKeyAuthentication(ApiClient client) {
        super(List.of(new SimpleGrantedAuthority(ApiClient.AUTHORITY)));
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public ApiClient getPrincipal() {
        return client;
    }

    @Override
    public String getName() {
        return client.label();
    }
}
