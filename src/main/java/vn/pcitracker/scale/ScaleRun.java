package vn.pcitracker.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;

/**
 * One generation, streamed: the small tables first (agencies, associations, enterprises, load-test accounts,
 * dialogue sessions, licensing procedures), then the recommendations day by day in chunks, then bottlenecks and
 * commitments that refer to them. Rows go to {@link TableRows} and are flushed chunk by chunk, so memory holds one
 * chunk whatever the count. Everything random comes from one {@link Dice} walked in a fixed order.
 */
final class ScaleRun {

    static final int CHUNK = 20_000;

    private final ScaleSpec spec;
    private final ScaleReferences references;
    private final TableRows rows;
    private final Dice dice;
    private final Days days;
    private final int today;
    private final int firstDay;
    private final String passwordHash;
    private final Map<String, Long> nextIds;
    /** Codes used per year by this run, on top of the counters found. */
    final Map<Integer, Long> issueCodesUsed = new HashMap<>();
    final Map<Integer, Long> bottleneckCodesUsed = new HashMap<>();

    ScaleRun(ScaleSpec spec, ScaleReferences references, TableRows.Sink sink, LocalDate today, String passwordHash,
             BiFunction<LocalDate, Integer, LocalDate> addWorkingDays) {
        this.spec = spec;
        this.references = references;
        this.rows = new TableRows(sink);
        this.dice = new Dice(spec.seed());
        this.today = (int) today.toEpochDay();
        this.firstDay = (int) today.minusYears(spec.years()).toEpochDay() + 1;
        this.days = new Days(firstDay - 10, this.today + 400, addWorkingDays);
        this.passwordHash = passwordHash;
        this.nextIds = new HashMap<>(references.nextIds());
        rows.table("agency", "id, code, name_vi, name_en, kind, valid_from, note")
                .table("association", "id, code, name_vi, name_en, sector, synthetic")
                .table("enterprise", "id, tax_code, name, sector, address, synthetic")
                .table("user_account", "id, username, display_name, password_hash, role, agency_id, association_id, synthetic")
                .table("dialogue_session", "id, kind, title, held_on, place, host_agency_id, chair, firms_attending, synthetic, created_at")
                .table("dialogue_session_association", "session_id, association_id")
                .table("licensing_procedure", "id, code, name_vi, issuing_agency_id, statutory_days, reduced_days");
        IssueWalk.declareTables(rows);
        ScaleExtras.declareTables(rows);
    }

    /** Writes everything; {@code progress} hears the issues written so far after each chunk. */
    Map<String, Long> run(LongConsumer progress) {
        World world = world();
        rows.flush();
        IssueWalk walk = new IssueWalk(dice, days, rows, world);
        long firstIssue = nextIds.get("issue");
        long issueId = firstIssue;
        long[] perDay = issuesPerDay();
        long inChunk = 0;
        for (int day = firstDay; day <= today; day++) {
            for (long n = perDay[day - firstDay]; n > 0; n--) {
                int year = Days.year(day);
                long number = references.issueCodes().getOrDefault(year, 0L)
                        + issueCodesUsed.merge(year, 1L, Long::sum);
                walk.walk(issueId++, "KN-%d-%06d".formatted(year, number), day);
                if (++inChunk == CHUNK) {
                    rows.flush();
                    progress.accept(issueId - firstIssue);
                    inChunk = 0;
                }
            }
        }
        rows.flush();
        progress.accept(issueId - firstIssue);
        new ScaleExtras(spec, references, rows, dice, days, world, nextIds, bottleneckCodesUsed, firstIssue, issueId - firstIssue)
                .write(procedures);
        rows.flush();
        return rows.written();
    }

    long total() {
        return rows.total();
    }

    /**
     * How many issues are received each day: weights that grow 8 % a year, weekends a twentieth of a weekday,
     * rounded cumulatively so that the days add up to exactly the count asked for.
     */
    private long[] issuesPerDay() {
        int span = today - firstDay + 1;
        double[] cumulative = new double[span];
        double sum = 0;
        for (int i = 0; i < span; i++) {
            int day = firstDay + i;
            boolean weekend = Days.weekday(day) != day;
            sum += Math.pow(1.08, i / 365.0) * (weekend ? 0.05 : 1);
            cumulative[i] = sum;
        }
        long[] perDay = new long[span];
        long before = 0;
        for (int i = 0; i < span; i++) {
            long upTo = Math.round(cumulative[i] / sum * spec.issues());
            perDay[i] = upTo - before;
            before = upTo;
        }
        return perDay;
    }

    private List<Long> procedures = List.of();

    private World world() {
        List<World.Lead> leads = new ArrayList<>();
        for (ScaleReferences.Agency agency : references.agencies()) {
            if (leads.size() < spec.agencies()) {
                leads.add(new World.Lead(agency.id(), agency.name(), onTimeShare()));
            }
        }
        for (int n = 1; leads.size() < spec.agencies(); n++) {
            long id = next("agency");
            boolean ward = n % 2 == 1;
            String name = (ward ? "Phường mô phỏng " : "Xã mô phỏng ") + three(n);
            rows.row("agency").add(id).add("SCALE-" + three(n)).add(name)
                    .add((ward ? "Synthetic ward " : "Synthetic commune ") + three(n)).add(ward ? "WARD" : "COMMUNE")
                    .add(days.date(firstDay)).add("Đơn vị mô phỏng cho thử tải (scale generator)").end();
            leads.add(new World.Lead(id, name, onTimeShare()));
        }
        List<Long> associations = new ArrayList<>(references.associationIds());
        int generatedAssociations = (int) Math.max(5, Math.min(60, spec.issues() / 1000));
        for (int n = 1; n <= generatedAssociations; n++) {
            long id = next("association");
            rows.row("association").add(id).add("SCALE-HH-" + three(n)).add("Hiệp hội doanh nghiệp mô phỏng " + three(n))
                    .add("Synthetic business association " + three(n)).add(SECTORS[n % SECTORS.length]).add("t").end();
            associations.add(id);
        }
        int enterprises = (int) Math.max(50, Math.min(20_000, spec.issues() / 50));
        long firstEnterprise = nextIds.get("enterprise");
        for (int n = 1; n <= enterprises; n++) {
            rows.row("enterprise").add(next("enterprise")).add("97%08d".formatted(n))
                    .add("Công ty TNHH mô phỏng " + "%05d".formatted(n)).add(SECTORS[n % SECTORS.length])
                    .add("Lô " + (n % 300 + 1) + ", khu công nghiệp mô phỏng, Hải Phòng").add("t").end();
        }
        long investmentAccount = accounts(leads, associations);
        dialogues(leads, associations);
        List<Long> procedureIds = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            long id = next("licensing_procedure");
            int statutory = 5 + (n * 7) % 40;
            rows.row("licensing_procedure").add(id).add("SCALE-TT-" + three(n))
                    .add("Thủ tục cấp phép mô phỏng " + three(n)).add(leads.get(n % leads.size()).agencyId())
                    .add(statutory).add(n % 3 == 0 ? null : statutory * 2 / 3).end();
            procedureIds.add(id);
        }
        procedures = procedureIds;
        return new World(leads, Dice.skewed(leads.size(), 4), references.fields(), Dice.skewed(references.fields().size(), 2),
                references.componentIds(), firstEnterprise, enterprises, Dice.skewed(enterprises, 10), associations,
                dialogueDays, dialogueIds, references.ministryId(), investmentAccount, "Cán bộ Sở Tài chính (mô phỏng)", today);
    }

    private int[] dialogueDays = new int[0];
    private long[] dialogueIds = new long[0];

    /** About 30 sessions a year, evenly spread, held on working days. */
    private void dialogues(List<World.Lead> leads, List<Long> associations) {
        int count = Math.max(1, spec.years() * 30);
        dialogueDays = new int[count];
        dialogueIds = new long[count];
        double gap = (today - firstDay) / (double) count;
        String[] kinds = {"MONTHLY", "MONTHLY", "MONTHLY", "THEMATIC", "ONLINE", "COMMUNE"};
        for (int n = 0; n < count; n++) {
            int day = Math.max(firstDay, Days.weekday(firstDay + (int) (n * gap) + 3));
            long id = next("dialogue_session");
            dialogueDays[n] = day;
            dialogueIds[n] = id;
            String kind = n % 30 == 29 ? "ANNUAL_CITY" : kinds[n % kinds.length];
            rows.row("dialogue_session").add(id).add(kind).add("Hội nghị đối thoại doanh nghiệp mô phỏng số " + (n + 1))
                    .add(days.date(day)).add("Trung tâm hội nghị thành phố").add(leads.get(n % leads.size()).agencyId())
                    .add("Lãnh đạo UBND thành phố").add(dice.between(40, 400)).add("t").add(days.at(day, 0)).end();
            long first = associations.get(dice.index(associations.size()));
            rows.row("dialogue_session_association").add(id).add(first).end();
        }
    }

    /** The load-test accounts; returns the first investment officer, who records feedback on submitters' behalf. */
    private long accounts(List<World.Lead> leads, List<Long> associations) {
        int agencyOfficers = spec.accounts() * 60 / 100;
        int investment = Math.max(1, spec.accounts() * 15 / 100);
        int leaders = spec.accounts() * 15 / 100;
        int representatives = spec.accounts() - agencyOfficers - investment - leaders;
        long firstInvestment = 0;
        for (int n = 1; n <= agencyOfficers; n++) {
            World.Lead lead = leads.get((n - 1) % leads.size());
            account("load-agency-" + three(n), "Cán bộ thử tải " + three(n) + " – " + lead.name(), "AGENCY_OFFICER",
                    lead.agencyId(), null);
        }
        for (int n = 1; n <= investment; n++) {
            long id = account("load-investment-" + three(n), "Cán bộ đầu tư thử tải " + three(n), "INVESTMENT_OFFICER", null, null);
            firstInvestment = n == 1 ? id : firstInvestment;
        }
        for (int n = 1; n <= leaders; n++) {
            account("load-leader-" + three(n), "Lãnh đạo thử tải " + three(n), "LEADER", null, null);
        }
        for (int n = 1; n <= representatives; n++) {
            account("load-association-" + three(n), "Đại diện hiệp hội thử tải " + three(n), "ASSOCIATION_REP", null,
                    associations.get((n - 1) % associations.size()));
        }
        return firstInvestment;
    }

    private long account(String username, String displayName, String role, Long agencyId, Long associationId) {
        long id = next("user_account");
        rows.row("user_account").add(id).add(username).add(displayName).add(passwordHash).add(role).add(agencyId)
                .add(associationId).add("t").end();
        return id;
    }

    /** Per agency between 0.6 and 0.95, most of them nearer the top. */
    private double onTimeShare() {
        return 0.6 + 0.35 * Math.pow(dice.unit(), 0.3);
    }

    private long next(String table) {
        return nextIds.merge(table, 1L, Long::sum) - 1;
    }

    private static String three(int n) {
        return "%03d".formatted(n);
    }

    private static final String[] SECTORS = {"Cơ khí", "Logistics", "Dệt may", "Điện tử", "Xây dựng", "Thực phẩm",
            "Du lịch", "Hóa chất", "Thương mại", "Nông nghiệp"};
}
