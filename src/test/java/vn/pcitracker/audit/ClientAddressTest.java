package vn.pcitracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    private final ClientAddress behindProxy = new ClientAddress(List.of("10.0.0.5", " 10.0.0.6 "));

    private static MockHttpServletRequest request(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedClientIsIgnored() {
        assertThat(behindProxy.of(request("203.0.113.9", "1.2.3.4"))).isEqualTo("203.0.113.9");
        assertThat(new ClientAddress(List.of()).of(request("10.0.0.5", "1.2.3.4"))).isEqualTo("10.0.0.5");
    }

    @Test
    void behindATrustedProxyTheRightmostAddressThatIsNotAProxyIsTheClient() {
        // The client forged the first entry; only what the proxies appended can be believed.
        assertThat(behindProxy.of(request("10.0.0.5", "6.6.6.6, 198.51.100.7, 10.0.0.6"))).isEqualTo("198.51.100.7");
    }

    @Test
    void aForwardedValueThatIsNotAnAddressIsNotBelieved() {
        assertThat(behindProxy.of(request("10.0.0.5", "evil\r\nline"))).isEqualTo("10.0.0.5");
        assertThat(behindProxy.of(request("10.0.0.5", null))).isEqualTo("10.0.0.5");
    }
}
