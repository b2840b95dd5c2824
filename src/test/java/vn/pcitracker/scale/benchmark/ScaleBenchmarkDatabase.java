package vn.pcitracker.scale.benchmark;

import org.springframework.context.ApplicationContext;
import vn.pcitracker.scale.GenerationReport;
import vn.pcitracker.scale.ScaleGenerator;
import vn.pcitracker.scale.ScaleSpec;

/**
 * The database benchmarks at scale run on: the configured one ({@code SPRING_DATASOURCE_URL}) or, in the benchmark
 * profile, the persistent embedded PostgreSQL in {@code data/scale/postgres}. {@link #ensure} fills it with a generated
 * history (seed 766) when it holds fewer generated recommendations than asked, once; later runs reuse it.
 */
public final class ScaleBenchmarkDatabase {

    /** {@code -Dscale.issues}, a million by default. */
    public static long issues() {
        return Long.getLong("scale.issues", 1_000_000L);
    }

    /**
     * Generates {@code issues} recommendations if the database holds fewer generated ones and no generated history;
     * otherwise prints what is there. Returns the generation's report, or null when nothing was generated.
     */
    public static GenerationReport ensure(ApplicationContext context, long issues) {
        ScaleGenerator generator = context.getBean(ScaleGenerator.class);
        long present = generator.generatedIssues();
        if (present >= issues) {
            System.out.printf("Scale database: %,d generated recommendations present (%,d asked); nothing generated%n",
                    present, issues);
            return null;
        }
        if (present > 0) {
            System.out.printf("Scale database: %,d generated recommendations present, fewer than the %,d asked, but a"
                    + " history cannot be added to: delete data/scale/postgres (or use an empty database) to generate"
                    + " %,d%n", present, issues, issues);
            return null;
        }
        System.out.printf("Scale database: generating %,d recommendations (seed %d), once%n", issues, ScaleSpec.DEFAULT_SEED);
        GenerationReport report = generator.generate(ScaleSpec.of(issues));
        System.out.println(report.describe());
        return report;
    }

    private ScaleBenchmarkDatabase() {
    }
}
