/**
 * Synthetic history at scale for benchmarks and load tests: {@link vn.pcitracker.scale.ScaleGenerator} fills a
 * database with a million (or ten million) recommendations over ten years, their timelines, DDCI components,
 * parties, feedback and dialogue links, plus generated agencies ({@code SCALE-001}…), associations, enterprises,
 * dialogue sessions, licensing bottlenecks, emulation commitments with check-ins, and the load-test accounts
 * ({@code load-agency-001}…, password {@code demo}). Started from the command line with
 * {@code --app.scale.generate=<issues>} ({@link vn.pcitracker.scale.ScaleCommand}); never used by the running
 * application's users.
 * <p>
 * As a bulk loader it writes other modules' tables directly with PostgreSQL COPY, not through their services
 * (docs/adr/012-bulk-generator-writes-with-copy.md): the schema's constraints are its contract, and every row it
 * writes satisfies them. It reads through public APIs where they exist (calendar {@code WorkingDayCalendar} for
 * deadlines in working days, issue's public enums for the workflow's states and actions) and reads reference rows
 * (agencies, fields, DDCI components, code counters) with plain SQL. Nothing depends on it.
 */
@ApplicationModule
package vn.pcitracker.scale;

import org.springframework.modulith.ApplicationModule;
