package vn.pcitracker.scale;

import java.util.List;
import java.util.Map;

/**
 * The registers beside the recommendations: licensing bottlenecks (a few thousand at a million recommendations)
 * walked through their own workflow with causes, evidence, DDCI components and linked recommendations; emulation
 * commitments (a few hundred) with counterpart agencies, criteria and a check-in per quarter that has passed.
 */
final class ScaleExtras {

    private static final String[] BOTTLENECK_STATES = {"IDENTIFIED", "ANALYSING", "FIX_PROPOSED", "APPROVED",
            "IMPLEMENTED", "VERIFIED"};
    private static final String[] BOTTLENECK_ACTIONS = {"CREATE", "START_ANALYSIS", "PROPOSE_FIX", "APPROVE",
            "IMPLEMENT", "VERIFY"};
    private static final String[] CAUSES = {"MISSING_DOCUMENTS", "INTER_AGENCY_COORDINATION", "SITE_INSPECTION",
            "LEGAL_INCONSISTENCY", "LAND_OR_PLANNING", "EXCESSIVE_CONDITIONS", "IT_OR_E_WORKFLOW", "INFORMAL_COSTS"};
    private static final String[] CHECK_IN_STATUSES = {"DONE", "ON_TRACK", "ON_TRACK", "NEEDS_IMPROVEMENT", "DEFERRED"};

    private final ScaleSpec spec;
    private final ScaleReferences references;
    private final TableRows rows;
    private final Dice dice;
    private final Days days;
    private final World world;
    private final Map<String, Long> nextIds;
    private final Map<Integer, Long> bottleneckCodesUsed;
    private final long firstIssue;
    private final long issues;

    ScaleExtras(ScaleSpec spec, ScaleReferences references, TableRows rows, Dice dice, Days days, World world,
                Map<String, Long> nextIds, Map<Integer, Long> bottleneckCodesUsed, long firstIssue, long issues) {
        this.spec = spec;
        this.references = references;
        this.rows = rows;
        this.dice = dice;
        this.days = days;
        this.world = world;
        this.nextIds = nextIds;
        this.bottleneckCodesUsed = bottleneckCodesUsed;
        this.firstIssue = firstIssue;
        this.issues = issues;
    }

    static void declareTables(TableRows rows) {
        rows.table("bottleneck", "id, code, procedure_id, agency_id, owner_agency_id, title, description, fix_description, "
                        + "fix_days_cut, target_date, state, identified_on, measured_days_after, drop_reason, synthetic, created_at")
                .table("bottleneck_cause", "bottleneck_id, cause")
                .table("bottleneck_ddci_component", "bottleneck_id, component_id")
                .table("bottleneck_issue", "bottleneck_id, issue_id, linked_at")
                .table("bottleneck_evidence", "bottleneck_id, phase, period_from, period_to, files_received, files_on_time, "
                        + "files_late, median_actual_days")
                .table("bottleneck_event", "bottleneck_id, occurred_at, actor_name, action, from_state, to_state, note")
                .table("commitment", "id, title, period_from, period_to, signing_agency_id, signer_title, unit_kind, signed_on, "
                        + "document_reference, synthetic")
                .table("commitment_unit", "id, commitment_id, position, agency_id")
                .table("commitment_criterion", "id, commitment_id, position, name, unit, direction, baseline, target, weight, source")
                .table("commitment_check_in", "criterion_id, unit_id, year, quarter, value, computed, status, note, "
                        + "recorded_by_name, recorded_at");
    }

    void write(List<Long> procedures) {
        long bottlenecks = Math.max(5, Math.min(5_000, spec.issues() / 400));
        int first = world.dialogueDays().length == 0 ? world.today() - 365 : world.dialogueDays()[0];
        for (long n = 0; n < bottlenecks; n++) {
            int identified = Days.weekday(first + (int) ((world.today() - first) * (n / (double) bottlenecks)));
            bottleneck(procedures, identified);
        }
        long commitments = Math.max(3, Math.min(400, spec.issues() / 3000));
        int firstYear = Days.year(first);
        int lastYear = Days.year(world.today());
        for (long n = 0; n < commitments; n++) {
            commitment(firstYear + (int) (n * (lastYear - firstYear + 1) / commitments), n);
        }
    }

    private void bottleneck(List<Long> procedures, int identified) {
        long id = next("bottleneck");
        int year = Days.year(identified);
        long number = references.bottleneckCodes().getOrDefault(year, 0L) + bottleneckCodesUsed.merge(year, 1L, Long::sum);
        long procedure = procedures.get(dice.index(procedures.size()));
        World.Lead agency = world.leads().get(dice.weighted(world.leadWeights()));
        boolean dropped = dice.chance(0.08);
        int reached = dice.index(BOTTLENECK_STATES.length);
        int day = identified;
        int step = 0;
        for (int s = 0; s <= reached; s++) {
            if (day > world.today()) {
                reached = s - 1;
                break;
            }
            event(id, day, ++step, BOTTLENECK_ACTIONS[s], s == 0 ? null : BOTTLENECK_STATES[s - 1], BOTTLENECK_STATES[s], null);
            day = Days.weekday(day + dice.between(10, 60));
        }
        String state = BOTTLENECK_STATES[reached];
        String dropReason = null;
        if (dropped && day <= world.today() && !state.equals("VERIFIED")) {
            dropReason = "Thủ tục đã được bãi bỏ theo quy định mới.";
            event(id, day, ++step, "DROP", state, "DROPPED", dropReason);
            state = "DROPPED";
        }
        int cut = dice.between(1, 10);
        rows.row("bottleneck").add(id).add("DN-%d-%04d".formatted(year, number)).add(procedure).add(agency.agencyId())
                .add(agency.agencyId()).add("Điểm nghẽn mô phỏng: hồ sơ cấp phép kéo dài tại " + agency.name())
                .add("Thời gian giải quyết thực tế vượt thời hạn quy định; doanh nghiệp phải bổ sung hồ sơ nhiều lần.")
                .add(reached >= 2 ? "Rút ngắn thời gian, bỏ bớt giấy tờ không cần thiết." : null).add(reached >= 2 ? cut : null)
                .add(days.date(identified + 180)).add(state).add(days.date(identified))
                .add(state.equals("VERIFIED") ? dice.between(3, 20) + ".5" : null).add(dropReason).add("t")
                .add(days.at(identified, 0)).end();
        rows.row("bottleneck_cause").add(id).add(CAUSES[dice.index(CAUSES.length)]).end();
        if (!world.componentIds().isEmpty()) {
            rows.row("bottleneck_ddci_component").add(id).add(world.componentIds().get(dice.index(world.componentIds().size()))).end();
        }
        int links = issues == 0 ? 0 : dice.between(1, 3);
        long previous = -1;
        for (int l = 0; l < links; l++) {
            long issue = firstIssue + (long) (dice.unit() * issues);
            if (issue != previous) {
                rows.row("bottleneck_issue").add(id).add(issue).add(days.at(identified, 30 + l)).end();
            }
            previous = issue;
        }
        int received = dice.between(20, 400);
        int onTime = dice.between(0, received);
        rows.row("bottleneck_evidence").add(id).add("BEFORE_FIX").add(days.date(identified - 180)).add(days.date(identified - 1))
                .add(received).add(onTime).add(dice.between(0, received - onTime)).add(dice.between(5, 60) + ".0").end();
    }

    private void event(long bottleneck, int day, int step, String action, String from, String to, String note) {
        rows.row("bottleneck_event").add(bottleneck).add(days.at(day, 5 * step)).add("Cán bộ Sở Tài chính (mô phỏng)")
                .add(action).add(from).add(to).add(note).end();
    }

    private void commitment(int year, long n) {
        long id = next("commitment");
        World.Lead signer = world.leads().get((int) (n % world.leads().size()));
        rows.row("commitment").add(id).add("Giao ước thi đua mô phỏng năm " + year + " – " + signer.name())
                .add(year + "-01-01").add(year + "-12-31").add(signer.agencyId()).add("Giám đốc").add("AGENCY")
                .add(year + "-01-15").add("GU-" + year + "-" + (n + 1)).add("t").end();
        long[] units = new long[3];
        for (int u = 0; u < units.length; u++) {
            units[u] = next("commitment_unit");
            rows.row("commitment_unit").add(units[u]).add(id).add(u)
                    .add(world.leads().get((int) ((n + u + 1) % world.leads().size())).agencyId()).end();
        }
        int quarters = Math.min(4, Math.max(0, (int) ((world.today() - java.time.LocalDate.of(year, 1, 1).toEpochDay()) / 91)));
        for (int c = 0; c < 3; c++) {
            long criterion = next("commitment_criterion");
            int baseline = dice.between(50, 80);
            rows.row("commitment_criterion").add(criterion).add(id).add(c)
                    .add(new String[] {"Tỷ lệ kiến nghị trả lời đúng hạn", "Tỷ lệ hồ sơ giải quyết đúng hạn",
                            "Mức độ hài lòng của doanh nghiệp"}[c])
                    .add("%").add("HIGHER_IS_BETTER").add(baseline).add(baseline + dice.between(5, 15)).add(c == 0 ? 40 : 30)
                    .add("MANUAL").end();
            for (long unit : units) {
                for (int q = 1; q <= quarters; q++) {
                    rows.row("commitment_check_in").add(criterion).add(unit).add(year).add(q)
                            .add(baseline + dice.between(-5, 20)).add("f").add(CHECK_IN_STATUSES[dice.index(CHECK_IN_STATUSES.length)])
                            .add(null).add("Cán bộ thử tải (mô phỏng)")
                            .add(days.at((int) java.time.LocalDate.of(year, q * 3, 28).toEpochDay(), 0)).end();
                }
            }
        }
    }

    private long next(String table) {
        return nextIds.merge(table, 1L, Long::sum) - 1;
    }
}
