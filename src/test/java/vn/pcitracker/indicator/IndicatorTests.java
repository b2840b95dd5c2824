package vn.pcitracker.indicator;

/** Settings shared by the indicator module's Spring tests. */
final class IndicatorTests {

    /**
     * Vaadin's Spring Boot auto-configuration insists on a web application context, which service tests
     * (web environment NONE) do not have.
     */
    static final String WITHOUT_VAADIN = "spring.autoconfigure.exclude="
            + "com.vaadin.flow.spring.SpringBootAutoConfiguration,com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    private IndicatorTests() {
    }
}
