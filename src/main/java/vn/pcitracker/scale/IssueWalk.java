package vn.pcitracker.scale;

import vn.pcitracker.issue.IssueAction;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueState;

/**
 * One recommendation's life through the real workflow (as the issue module's demo history walks it): received,
 * classified, assigned with a deadline in working days, started, answered on time or late, rated, reopened and
 * answered again, closed; a few rejected, withdrawn or forwarded to a ministry; a few never answered. Stops at
 * today: what has not happened by then is still open. Writes the issue and its rows (timeline, DDCI components,
 * coordinator, submitter, dialogue link, feedback) as it goes; the object is reused from issue to issue.
 */
final class IssueWalk {

    private static final String[] SUBJECTS = {
            "Chậm cấp giấy phép xây dựng nhà xưởng", "Vướng mắc thủ tục giao đất, cho thuê đất",
            "Thời gian thẩm định hồ sơ môi trường kéo dài", "Khó khăn trong hoàn thuế giá trị gia tăng",
            "Chồng chéo thanh tra, kiểm tra doanh nghiệp", "Thủ tục phòng cháy chữa cháy cho nhà xưởng",
            "Đấu nối hạ tầng giao thông vào khu sản xuất", "Cấp điện ba pha cho cơ sở sản xuất",
            "Thủ tục điều chỉnh chủ trương đầu tư", "Hướng dẫn chính sách hỗ trợ doanh nghiệp nhỏ và vừa",
            "Thời gian giải quyết thủ tục hải quan", "Tuyển dụng và cấp phép lao động nước ngoài",
            "Thông tin quy hoạch chưa được công khai đầy đủ", "Xử lý ngập úng tại tuyến đường vào cụm công nghiệp",
            "Cấp giấy chứng nhận quyền sử dụng đất", "Thủ tục chuyển đổi mục đích sử dụng đất",
            "Đăng ký biến động đất đai kéo dài", "Thủ tục cấp phép khai thác nước ngầm",
            "Chi phí logistics tại cảng cao", "Tiếp cận vốn vay ưu đãi", "Đào tạo lao động kỹ thuật",
            "Thủ tục đăng ký kinh doanh qua mạng", "Giải phóng mặt bằng dự án", "Cấp phép quảng cáo ngoài trời"};
    private static final String[] PLACES = {"Khu công nghiệp Đình Vũ", "Khu kinh tế Đình Vũ – Cát Hải",
            "Khu công nghiệp Tràng Duệ", "phường Hồng Bàng", "phường Lê Chân", "Khu công nghiệp Nam Đình Vũ",
            "phường Hải An", "cụm công nghiệp An Dương", "Khu công nghiệp Đại An", "phường Hải Dương",
            "Khu công nghiệp Phú Thái", "xã Kim Thành", "đặc khu Cát Hải", "phường Thủy Nguyên"};
    /** The channels and their uneven shares (dialogue falls back to hotline when no session was held just before). */
    private static final IssueChannel[] CHANNELS = {IssueChannel.HOTLINE, IssueChannel.EMAIL, IssueChannel.DOCUMENT,
            IssueChannel.ASSOCIATION_PORTAL, IssueChannel.NATIONAL_PORTAL, IssueChannel.DIALOGUE, IssueChannel.IMPORT,
            IssueChannel.PARTNER_API};
    private static final double[] CHANNEL_WEIGHTS = cumulative(0.16, 0.21, 0.22, 0.14, 0.08, 0.14, 0.03, 0.02);
    /** Ends the content of every generated recommendation: how a generated history is recognised. */
    static final String MARKER = "(mô phỏng quy mô lớn)";

    private final Dice dice;
    private final Days days;
    private final TableRows rows;
    private final World world;

    private long id;
    private int step;
    private int lastDay;
    private IssueState state;
    private World.Lead lead;
    private int assigned;
    private int deadline;
    private int answered;
    private int closed;
    private int reopens;
    private Long associationSubmitter;

    IssueWalk(Dice dice, Days days, TableRows rows, World world) {
        this.dice = dice;
        this.days = days;
        this.rows = rows;
        this.world = world;
    }

    static void declareTables(TableRows rows) {
        rows.table("issue", "id, code, title, content, channel, dialogue_id, field_id, state, priority, lead_agency_id, "
                        + "received_on, assigned_on, deadline, answered_on, closed_on, is_public, answer_text, answer_kind, "
                        + "answer_document_number, answer_document_date, forwarded_to_agency_id, forwarded_on, "
                        + "rejection_reason, reopen_count, synthetic, created_at, latest_feedback_satisfied")
                .table("issue_ddci_component", "issue_id, component_id")
                .table("issue_coordinator", "issue_id, agency_id")
                .table("issue_party", "issue_id, enterprise_id, association_id, role")
                .table("issue_dialogue", "issue_id, dialogue_id, carried_at")
                .table("issue_event", "issue_id, occurred_at, actor_name, action, from_state, to_state, note, "
                        + "old_deadline, new_deadline, agency_id")
                .table("issue_feedback", "issue_id, given_at, satisfied, score, comment, on_behalf, recorded_by, association_id");
    }

    /** Walks and writes one recommendation received on {@code received}. */
    void walk(long issueId, String code, int received) {
        id = issueId;
        step = 0;
        state = null;
        lead = null;
        assigned = deadline = answered = closed = -1;
        reopens = 0;
        latestFeedback = null;
        ScaleReferences.Field field = world.fields().get(dice.weighted(world.fieldWeights()));
        String subject = SUBJECTS[dice.index(SUBJECTS.length)];
        String place = PLACES[dice.index(PLACES.length)];
        IssueChannel channel = CHANNELS[dice.weighted(CHANNEL_WEIGHTS)];
        long dialogueId = -1;
        if (channel == IssueChannel.DIALOGUE) {
            int session = world.dialogueBefore(received);
            if (session < 0) {
                channel = IssueChannel.HOTLINE;
            } else {
                dialogueId = world.dialogueIds()[session];
            }
        }
        String priority = dice.chance(0.1) ? "HIGH" : dice.chance(0.05) ? "URGENT" : dice.chance(0.05) ? "LOW" : "NORMAL";
        boolean byAssociation = !world.associationIds().isEmpty() && (channel == IssueChannel.ASSOCIATION_PORTAL
                || (channel == IssueChannel.DIALOGUE && dice.chance(0.3)));
        associationSubmitter = byAssociation ? world.associationIds().get(dice.index(world.associationIds().size())) : null;
        long enterprise = byAssociation ? -1 : world.firstEnterpriseId() + dice.weighted(world.enterpriseWeights());

        lastDay = received;
        move(received, IssueAction.CREATE, IssueState.RECEIVED, world.investmentName(), null);
        Long forwardedTo = handle(field);
        boolean answer = answered >= 0;

        rows.row("issue").add(id).add(code).add(subject + " tại " + place)
                .add("Doanh nghiệp phản ánh: " + subject.toLowerCase(java.util.Locale.ROOT) + " tại " + place
                        + ", đề nghị xem xét giải quyết. " + MARKER)
                .add(channel.name()).add(dialogueId < 0 ? null : dialogueId).add(field.id()).add(state.name())
                .add(priority).add(lead == null ? null : lead.agencyId()).add(days.date(received)).add(date(assigned))
                .add(date(deadline)).add(date(answered)).add(date(closed)).add(answer && id % 5 == 0 ? "t" : "f")
                .add(answer ? "Cơ quan đã kiểm tra, làm việc với doanh nghiệp và hướng dẫn giải quyết theo quy định." : null)
                .add(answer ? "WRITTEN" : null).add(answer ? (id % 2900 + 100) + "/CV-" + Days.year(answered) : null)
                .add(date(answered)).add(forwardedTo).add(forwardedTo == null ? null : days.date(forwardedOn))
                .add(state == IssueState.REJECTED ? REJECTION : null).add(reopens).add("t").add(days.at(received, 0))
                .add(latestFeedback == null ? null : latestFeedback ? "t" : "f").end();
        if (enterprise >= 0) {
            rows.row("issue_party").add(id).add(enterprise).add(null).add("SUBMITTER").end();
        } else {
            rows.row("issue_party").add(id).add(null).add(associationSubmitter).add("SUBMITTER").end();
        }
        if (dialogueId >= 0) {
            rows.row("issue_dialogue").add(id).add(dialogueId).add(days.at(received, 0)).end();
        }
    }

    private static final String REJECTION = "Nội dung không thuộc thẩm quyền giải quyết của thành phố hoặc đã được trả lời trước đây.";
    private int forwardedOn;
    /** The verdict of the last feedback written, kept on the issue row (V176; the load turns its triggers off). */
    private Boolean latestFeedback;

    private Long handle(ScaleReferences.Field field) {
        int classified = later(lastDay, 0, 2);
        if (!move(classified, IssueAction.CLASSIFY, IssueState.CLASSIFIED, world.investmentName(), null)) {
            return null;
        }
        components();
        double roll = dice.unit();
        if (roll < 0.008) {
            move(later(classified, 1, 3), IssueAction.REJECT, IssueState.REJECTED, world.investmentName(), REJECTION);
            return null;
        }
        if (roll < 0.014) {
            move(later(classified, 1, 6), IssueAction.WITHDRAW, IssueState.WITHDRAWN, world.investmentName(),
                    "Doanh nghiệp đã tự giải quyết được vướng mắc.");
            return null;
        }
        if (roll < 0.02 && world.ministryId() != null) {
            return forward(classified);
        }
        int assignDay = later(classified, 0, 3);
        World.Lead chosen = world.leads().get(dice.weighted(world.leadWeights()));
        int due = days.addWorkingDays(assignDay, field.deadlineDays());
        if (!move(assignDay, IssueAction.ASSIGN, IssueState.ASSIGNED, world.investmentName(), null, -1, due,
                chosen.agencyId())) {
            return null;
        }
        lead = chosen;
        assigned = assignDay;
        deadline = due;
        if (dice.chance(0.08) && world.leads().size() > 1) {
            World.Lead other = world.leads().get(dice.index(world.leads().size()));
            if (other != lead) {
                rows.row("issue_coordinator").add(id).add(other.agencyId()).end();
            }
        }
        if (!move(later(assignDay, 1, 3), IssueAction.START, IssueState.IN_PROGRESS, officer(), null)) {
            return null;
        }
        if (!stuck() && answer(lead.onTimeShare())) {
            afterAnswer(true);
        }
        return null;
    }

    /** Never answered: rare for old recommendations (someone chased them), more frequent for recent ones. */
    private boolean stuck() {
        double years = (world.today() - assigned) / 365.0;
        return dice.chance(0.01 + 0.12 * Math.exp(-years / 1.5));
    }

    private void components() {
        long first = world.componentIds().get(dice.index(world.componentIds().size()));
        rows.row("issue_ddci_component").add(id).add(first).end();
        if (dice.chance(0.3)) {
            long second = world.componentIds().get(dice.index(world.componentIds().size()));
            if (second != first) {
                rows.row("issue_ddci_component").add(id).add(second).end();
            }
        }
    }

    private Long forward(int classified) {
        int day = later(classified, 1, 4);
        if (!move(day, IssueAction.FORWARD, IssueState.FORWARDED, world.investmentName(),
                "Chuyển Bộ, ngành trung ương xem xét theo thẩm quyền.", -1, -1, world.ministryId())) {
            return null;
        }
        forwardedOn = day;
        int closeDay = later(day, 5, 20);
        if (dice.chance(0.7) && move(closeDay, IssueAction.CLOSE, IssueState.CLOSED, world.investmentName(), null)) {
            closed = closeDay;
        }
        return world.ministryId();
    }

    /** Answers on time (a working day up to the deadline) or late; false if that day has not come yet. */
    private boolean answer(double onTimeShare) {
        int from = lastDay;
        int day;
        if (dice.chance(onTimeShare) && from <= deadline) {
            day = Math.max(from, Days.weekday(from + dice.index(deadline - from + 1)));
        } else {
            day = Days.weekday(deadline + dice.between(1, 25));
            if (day <= deadline) {
                day = deadline + (Math.floorMod(deadline + 4, 7) >= 5 ? 3 : 1);
            }
        }
        if (!move(day, IssueAction.ANSWER, IssueState.ANSWERED, officer(), null)) {
            return false;
        }
        answered = day;
        return true;
    }

    private void afterAnswer(boolean firstAnswer) {
        int day = later(answered, 1, 12);
        boolean late = answered > deadline;
        if (!dice.chance(0.45) || day > world.today()) {
            closeUnrated(day);
            return;
        }
        boolean satisfied = dice.chance(late ? 0.78 : firstAnswer ? 0.95 : 0.75);
        if (!satisfied) {
            // A second "not satisfied" is not simulated (as in the demo history): the answer is left unrated.
            if (firstAnswer) {
                reopen(day);
            } else {
                closeUnrated(day);
            }
            return;
        }
        move(day, IssueAction.FEEDBACK_SATISFIED, IssueState.SATISFIED, submitterName(), null);
        feedback(day, true, dice.between(4, 5));
        int closeDay = later(day, 2, 10);
        if (dice.chance(0.9) && move(closeDay, IssueAction.CLOSE, IssueState.CLOSED, world.investmentName(), null)) {
            closed = closeDay;
        }
    }

    private void reopen(int day) {
        int newDeadline = days.addWorkingDays(day, 10);
        if (!move(day, IssueAction.FEEDBACK_UNSATISFIED, IssueState.REOPENED, submitterName(),
                "Câu trả lời chưa giải quyết được vướng mắc.", deadline, newDeadline, null)) {
            return;
        }
        feedback(day, false, dice.between(1, 2));
        reopens++;
        deadline = newDeadline;
        // Like a first answer, a second one is sometimes never given: the issue stays reopened, and overdue.
        if (!stuck() && move(later(day, 1, 15), IssueAction.RESUME, IssueState.IN_PROGRESS, officer(), null)
                && answer(0.8)) {
            afterAnswer(false);
        }
    }

    /** An answer nobody rated: the investment department closes most of them after a while. */
    private void closeUnrated(int from) {
        int day = later(from, 15, 30);
        if (dice.chance(0.85) && move(day, IssueAction.CLOSE, IssueState.CLOSED, world.investmentName(), null)) {
            closed = day;
        }
    }

    private void feedback(int day, boolean satisfied, int score) {
        latestFeedback = satisfied;
        rows.row("issue_feedback").add(id).add(days.at(day, 5 * step)).add(satisfied ? "t" : "f").add(score)
                .add(satisfied ? null : "Chưa giải quyết được vướng mắc.").add(associationSubmitter == null ? "t" : "f")
                .add(world.investmentAccountId()).add(associationSubmitter).end();
    }

    private String officer() {
        return "Cán bộ " + lead.name() + " (mô phỏng)";
    }

    private String submitterName() {
        return associationSubmitter == null ? "Đại diện doanh nghiệp" : "Đại diện hiệp hội";
    }

    /** A working day {@code low}..{@code high} days after {@code day} (never before it). */
    private int later(int day, int low, int high) {
        return Math.max(day, Days.weekday(day + dice.between(low, high)));
    }

    private boolean move(int day, IssueAction action, IssueState to, String actor, String note) {
        return move(day, action, to, actor, note, -1, -1, null);
    }

    /** Records the step if its day has come, and moves the state; false (nothing recorded) if it is after today. */
    private boolean move(int day, IssueAction action, IssueState to, String actor, String note, int oldDeadline,
                         int newDeadline, Long agencyId) {
        if (day > world.today()) {
            return false;
        }
        step++;
        rows.row("issue_event").add(id).add(days.at(day, 5 * step)).add(actor).add(action.name())
                .add(state == null ? null : state.name()).add(to.name()).add(note).add(date(oldDeadline))
                .add(date(newDeadline)).add(agencyId).end();
        state = to;
        lastDay = day;
        return true;
    }

    private String date(int day) {
        return day < 0 ? null : days.date(day);
    }

    private static double[] cumulative(double... weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
