package vn.pcitracker.scale;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * The command line: started with {@code --app.scale.generate=<issues>} (and optionally {@code --app.scale.seed},
 * {@code --app.scale.agencies}, {@code --app.scale.years}, {@code --app.scale.accounts}) the application starts
 * without listening on a port, generates into the configured database after the reference data has loaded, prints the
 * report and exits (status 0, or 1 when the generation was refused or failed).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ScaleCommand implements ApplicationRunner {

    static final String GENERATE = "app.scale.generate";
    private static final Logger log = LoggerFactory.getLogger(ScaleCommand.class);

    private final ScaleGenerator generator;
    private final ConfigurableApplicationContext context;
    private final Environment environment;

    ScaleCommand(ScaleGenerator generator, ConfigurableApplicationContext context, Environment environment) {
        this.generator = generator;
        this.context = context;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long issues = environment.getProperty(GENERATE, Long.class);
        if (issues == null) {
            return;
        }
        ScaleSpec spec = new ScaleSpec(issues,
                environment.getProperty("app.scale.seed", Long.class, ScaleSpec.DEFAULT_SEED),
                environment.getProperty("app.scale.agencies", Integer.class, ScaleSpec.DEFAULT_AGENCIES),
                environment.getProperty("app.scale.years", Integer.class, ScaleSpec.DEFAULT_YEARS),
                environment.getProperty("app.scale.accounts", Integer.class, ScaleSpec.DEFAULT_ACCOUNTS));
        int status;
        try {
            GenerationReport report = generator.generate(spec);
            System.out.println(report.describe());
            status = report.written() ? 0 : 1;
        } catch (RuntimeException e) {
            log.error("Scale generation failed", e);
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    /**
     * With {@code app.scale.generate} present, the application runs as a command: the web application context is
     * still built (Vaadin's and the security configuration's beans need it) but port -1 opens no connector.
     */
    public static class WithoutWebServer implements EnvironmentPostProcessor {

        @Override
        public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
            if (environment.containsProperty(GENERATE)) {
                environment.getPropertySources().addFirst(new MapPropertySource("scale-command",
                        Map.of("server.port", "-1", "vaadin.launch-browser", "false")));
            }
        }
    }
}
