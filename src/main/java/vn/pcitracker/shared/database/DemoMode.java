package vn.pcitracker.shared.database;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo data and demo logins are loaded. {@code app.demo.enabled} decides when set; otherwise demo
 * mode is on with the embedded database and off with an external one, so a production server never
 * gets a password nobody chose.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    public DemoMode(Environment environment) {
        this.enabled = environment.getProperty("app.demo.enabled", Boolean.class,
                !externalDatabaseConfigured(environment));
    }

    public boolean isEnabled() {
        return enabled;
    }

    static boolean externalDatabaseConfigured(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url != null && !url.isBlank();
    }
}
