package vn.pcitracker.issue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * A reproducible synthetic history of recommendations: the same seed, count, day and inputs give the same issues.
 * Each issue is walked through the real workflow (received, classified, assigned with a deadline in working days,
 * started, answered on time or late, feedback, reopened and answered again, closed; a few rejected, withdrawn or
 * forwarded to a ministry), stopping at {@code today}: what has not happened by then is still open. Only the
 * simulation is here; {@link IssueHistoryWriter} stores it. The seed of the million-row generator of issue 8.
 */
final class IssueHistoryGenerator {

    /** Marks generated issues (the last sentence of their content), so that a second load adds nothing. */
    static final String MARKER = "Dữ liệu mô phỏng, không phải kiến nghị thật.";

    /** What the history is made of. {@code leads} with their share of on-time answers, e.g. 0.9. */
    record Inputs(List<Lead> leads, List<IssueFieldOption> fields, List<Long> ddciComponentIds, List<Long> associationIds,
                  List<DialogueRef> dialogues, Long ministryId, String officerName) {
    }

    record Lead(long agencyId, String name, double onTimeShare) {
    }

    record Event(LocalDate day, IssueAction action, IssueState from, IssueState to, String actor, String note,
                 LocalDate oldDeadline, LocalDate newDeadline, Long agencyId) {
    }

    record FeedbackGiven(LocalDate day, boolean satisfied, int score, String comment) {
    }

    /** One issue as it stands today, with everything that happened to it in order. */
    record Generated(String title, String content, IssueChannel channel, Long dialogueId, long fieldId,
                     IssuePriority priority, IssueState state, Long leadAgencyId, LocalDate receivedOn,
                     LocalDate assignedOn, LocalDate deadline, LocalDate answeredOn, LocalDate closedOn,
                     String answerText, String answerDocument, Long forwardedTo, LocalDate forwardedOn,
                     String rejectionReason, int reopenCount, List<Long> ddciComponentIds, Long associationId,
                     List<Event> events, List<FeedbackGiven> feedback) {
    }

    static final int DAYS_OF_HISTORY = 548;
    /** Share of assigned issues that are never answered. */
    static final double STUCK_SHARE = 0.025;

    private static final String[] SUBJECTS = {
            "Chậm cấp giấy phép xây dựng nhà xưởng", "Vướng mắc thủ tục giao đất, cho thuê đất",
            "Thời gian thẩm định hồ sơ môi trường kéo dài", "Khó khăn trong hoàn thuế giá trị gia tăng",
            "Chồng chéo thanh tra, kiểm tra doanh nghiệp", "Thủ tục phòng cháy chữa cháy cho nhà xưởng",
            "Đấu nối hạ tầng giao thông vào khu sản xuất", "Cấp điện ba pha cho cơ sở sản xuất",
            "Thủ tục điều chỉnh chủ trương đầu tư", "Hướng dẫn chính sách hỗ trợ doanh nghiệp nhỏ và vừa",
            "Thời gian giải quyết thủ tục hải quan", "Tuyển dụng và cấp phép lao động nước ngoài",
            "Thông tin quy hoạch chưa được công khai đầy đủ", "Xử lý ngập úng tại tuyến đường vào cụm công nghiệp",
            "Cấp giấy chứng nhận quyền sử dụng đất", "Thủ tục chuyển đổi mục đích sử dụng đất"};
    private static final String[] PLACES = {"Khu công nghiệp Đình Vũ", "Khu kinh tế Đình Vũ – Cát Hải",
            "Khu công nghiệp Tràng Duệ", "phường Hồng Bàng", "phường Lê Chân", "Khu công nghiệp Nam Đình Vũ",
            "phường Hải An", "cụm công nghiệp An Dương"};
    private static final IssueChannel[] CHANNELS = {IssueChannel.HOTLINE, IssueChannel.EMAIL, IssueChannel.DOCUMENT,
            IssueChannel.ASSOCIATION_PORTAL, IssueChannel.NATIONAL_PORTAL, IssueChannel.DIALOGUE};
    private static final double[] CHANNEL_SHARES = {0.18, 0.2, 0.2, 0.17, 0.1, 0.15};

    private final Random random;
    private final int count;
    private final LocalDate today;
    private final Inputs inputs;
    private final BiFunction<LocalDate, Integer, LocalDate> addWorkingDays;

    /**
     * @param addWorkingDays the calendar's deadline arithmetic ({@code WorkingDayCalendar#addWorkingDays})
     */
    IssueHistoryGenerator(long seed, int count, LocalDate today, Inputs inputs,
                          BiFunction<LocalDate, Integer, LocalDate> addWorkingDays) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        if (count > 0 && (inputs.leads().isEmpty() || inputs.fields().isEmpty() || inputs.ddciComponentIds().isEmpty())) {
            throw new IllegalArgumentException("A history needs lead agencies, fields and DDCI components");
        }
        this.random = new Random(seed);
        this.count = count;
        this.today = today;
        this.inputs = inputs;
        this.addWorkingDays = addWorkingDays;
    }

    /** The issues in the order they were received. */
    List<Generated> generate() {
        List<Generated> issues = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            issues.add(new Walk().run());
        }
        issues.sort(java.util.Comparator.comparing(Generated::receivedOn));
        return issues;
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private boolean chance(double share) {
        return random.nextDouble() < share;
    }

    private <T> T any(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The same day, or the Friday before if it falls on a weekend. */
    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** One issue's life, step by step until today. */
    private final class Walk {
        private final List<Event> events = new ArrayList<>();
        private final List<FeedbackGiven> feedback = new ArrayList<>();
        private IssueState state = IssueState.RECEIVED;
        private IssueChannel channel;
        private Long dialogueId;
        private LocalDate received;
        private Lead lead;
        private LocalDate assigned;
        private LocalDate deadline;
        private LocalDate answered;
        private LocalDate closed;
        private String answerText;
        private String answerDocument;
        private Long forwardedTo;
        private LocalDate forwardedOn;
        private String rejection;
        private int reopens;

        Generated run() {
            IssueFieldOption field = any(inputs.fields());
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String place = PLACES[random.nextInt(PLACES.length)];
            chooseChannelAndDay();
            List<Long> components = new ArrayList<>(List.of(any(inputs.ddciComponentIds())));
            if (chance(0.2)) {
                Long second = any(inputs.ddciComponentIds());
                if (!components.contains(second)) {
                    components.add(second);
                }
            }
            Long association = channel == IssueChannel.ASSOCIATION_PORTAL && !inputs.associationIds().isEmpty()
                    ? any(inputs.associationIds()) : null;
            IssuePriority priority = chance(0.1) ? IssuePriority.HIGH : chance(0.05) ? IssuePriority.URGENT : IssuePriority.NORMAL;
            move(received, IssueAction.CREATE, null, IssueState.RECEIVED, inputs.officerName(), null);
            handle(field);
            String title = subject + " tại " + place;
            String content = "Doanh nghiệp phản ánh: " + subject.toLowerCase(java.util.Locale.ROOT) + " tại " + place
                    + " làm chậm tiến độ sản xuất, kinh doanh và đề nghị cơ quan có thẩm quyền xem xét, giải quyết. "
                    + MARKER;
            return new Generated(title, content, channel, dialogueId, field.id(), priority, state,
                    lead == null ? null : lead.agencyId(), received, assigned, deadline, answered, closed, answerText,
                    answerDocument, forwardedTo, forwardedOn, rejection, reopens, List.copyOf(components), association,
                    List.copyOf(events), List.copyOf(feedback));
        }

        private void chooseChannelAndDay() {
            double roll = random.nextDouble();
            int index = 0;
            for (double sum = CHANNEL_SHARES[0]; roll > sum && index < CHANNELS.length - 1; sum += CHANNEL_SHARES[++index]) {
                // walks to the channel whose share the roll falls in
            }
            channel = CHANNELS[index];
            // Somewhat more issues recently: the offset's distribution leans towards today.
            received = weekday(today.minusDays((long) (DAYS_OF_HISTORY * Math.pow(random.nextDouble(), 1.08))));
            if (channel == IssueChannel.DIALOGUE) {
                List<DialogueRef> held = inputs.dialogues().stream().filter(d -> !d.heldOn().isAfter(today)
                        && d.heldOn().isAfter(today.minusDays(DAYS_OF_HISTORY))).toList();
                if (held.isEmpty()) {
                    channel = IssueChannel.HOTLINE;
                } else {
                    DialogueRef session = any(held);
                    dialogueId = session.id();
                    received = session.heldOn();
                }
            }
        }

        private void handle(IssueFieldOption field) {
            LocalDate classified = later(received, 0, 2);
            if (!move(classified, IssueAction.CLASSIFY, IssueState.RECEIVED, IssueState.CLASSIFIED, inputs.officerName(), null)) {
                return;
            }
            double roll = random.nextDouble();
            if (roll < 0.03) {
                rejection = "Nội dung không thuộc thẩm quyền giải quyết của thành phố hoặc đã được trả lời trước đây.";
                move(later(classified, 1, 3), IssueAction.REJECT, IssueState.CLASSIFIED, IssueState.REJECTED,
                        inputs.officerName(), rejection);
                return;
            }
            if (roll < 0.045) {
                move(later(classified, 1, 6), IssueAction.WITHDRAW, IssueState.CLASSIFIED, IssueState.WITHDRAWN,
                        inputs.officerName(), "Doanh nghiệp đã tự giải quyết được vướng mắc.");
                return;
            }
            if (roll < 0.065 && inputs.ministryId() != null) {
                forward(classified);
                return;
            }
            LocalDate assignDay = later(classified, 0, 3);
            Lead chosen = any(inputs.leads());
            LocalDate due = addWorkingDays.apply(assignDay, field.defaultDeadlineDays());
            if (!move(assignDay, IssueAction.ASSIGN, IssueState.CLASSIFIED, IssueState.ASSIGNED, inputs.officerName(),
                    null, null, due, chosen.agencyId())) {
                return;
            }
            lead = chosen;
            assigned = assignDay;
            deadline = due;
            if (!move(later(assignDay, 1, 3), IssueAction.START, IssueState.ASSIGNED, IssueState.IN_PROGRESS, officer(), null)) {
                return;
            }
            // A few stay unanswered for good: the long-overdue cases a dashboard exists to show.
            if (!chance(STUCK_SHARE) && answer(lastDay(), lead.onTimeShare())) {
                afterAnswer(true);
            }
        }

        private void forward(LocalDate classified) {
            LocalDate day = later(classified, 1, 4);
            if (move(day, IssueAction.FORWARD, IssueState.CLASSIFIED, IssueState.FORWARDED, inputs.officerName(),
                    "Chuyển Bộ, ngành trung ương xem xét theo thẩm quyền.", null, null, inputs.ministryId())) {
                forwardedTo = inputs.ministryId();
                forwardedOn = day;
                if (chance(0.6)) {
                    LocalDate closeDay = later(day, 5, 20);
                    if (move(closeDay, IssueAction.CLOSE, IssueState.FORWARDED, IssueState.CLOSED, inputs.officerName(), null)) {
                        closed = closeDay;
                    }
                }
            }
        }

        /** Answers on time (a working day up to the deadline) or late; false if that day has not come yet. */
        private boolean answer(LocalDate from, double onTimeShare) {
            LocalDate day;
            if (chance(onTimeShare) && !from.isAfter(deadline)) {
                day = weekday(from.plusDays(random.nextInt((int) (deadline.toEpochDay() - from.toEpochDay()) + 1)));
                day = day.isBefore(from) ? from : day;
            } else {
                day = weekday(deadline.plusDays(between(1, 25)));
                day = day.isAfter(deadline) ? day : deadline.plusDays(isWeekend(deadline.plusDays(1)) ? 3 : 1);
            }
            if (!move(day, IssueAction.ANSWER, state, IssueState.ANSWERED, officer(), null)) {
                return false;
            }
            answered = day;
            answerText = "Cơ quan đã kiểm tra, làm việc với doanh nghiệp và hướng dẫn giải quyết theo quy định.";
            answerDocument = between(100, 2999) + "/" + "CV-" + day.getYear();
            return true;
        }

        private void afterAnswer(boolean firstAnswer) {
            LocalDate day = later(answered, 1, 12);
            boolean late = answered.isAfter(deadline);
            if (!chance(0.75) || day.isAfter(today)) {
                closeAnswered(day);
                return;
            }
            boolean satisfied = chance(late ? 0.7 : (firstAnswer ? 0.9 : 0.75));
            if (!satisfied) {
                // A second "not satisfied" is not simulated: the answer is left unrated instead.
                if (firstAnswer) {
                    reopen(day);
                } else {
                    closeAnswered(day);
                }
                return;
            }
            if (!move(day, IssueAction.FEEDBACK_SATISFIED, IssueState.ANSWERED, IssueState.SATISFIED,
                    "Đại diện doanh nghiệp", null)) {
                return;
            }
            feedback.add(new FeedbackGiven(day, true, between(4, 5), null));
            if (chance(0.8)) {
                LocalDate closeDay = later(day, 2, 10);
                if (move(closeDay, IssueAction.CLOSE, IssueState.SATISFIED, IssueState.CLOSED, inputs.officerName(), null)) {
                    closed = closeDay;
                }
            }
        }

        private void reopen(LocalDate day) {
            LocalDate newDeadline = addWorkingDays.apply(day, 10);
            if (!move(day, IssueAction.FEEDBACK_UNSATISFIED, IssueState.ANSWERED, IssueState.REOPENED,
                    "Đại diện doanh nghiệp", "Câu trả lời chưa giải quyết được vướng mắc.", deadline, newDeadline, null)) {
                return;
            }
            feedback.add(new FeedbackGiven(day, false, between(1, 2), "Chưa giải quyết được vướng mắc."));
            reopens++;
            deadline = newDeadline;
            if (move(later(day, 1, 3), IssueAction.RESUME, IssueState.REOPENED, IssueState.IN_PROGRESS, officer(), null)
                    && answer(lastDay(), 0.8)) {
                afterAnswer(false);
            }
        }

        /** An answer nobody rated: the investment department closes half of them after a while. */
        private void closeAnswered(LocalDate from) {
            LocalDate day = later(from, 15, 30);
            if (chance(0.5) && move(day, IssueAction.CLOSE, IssueState.ANSWERED, IssueState.CLOSED, inputs.officerName(), null)) {
                closed = day;
            }
        }

        private String officer() {
            return "Cán bộ " + lead.name() + " (mô phỏng)";
        }

        private LocalDate lastDay() {
            return events.get(events.size() - 1).day();
        }

        /** A working day {@code low}..{@code high} days after {@code day} (never before it). */
        private LocalDate later(LocalDate day, int low, int high) {
            LocalDate next = weekday(day.plusDays(between(low, high)));
            return next.isBefore(day) ? day : next;
        }

        private boolean move(LocalDate day, IssueAction action, IssueState from, IssueState to, String actor, String note) {
            return move(day, action, from, to, actor, note, null, null, null);
        }

        /** Records the step if its day has come, and moves the state; false (nothing recorded) if it is after today. */
        private boolean move(LocalDate day, IssueAction action, IssueState from, IssueState to, String actor, String note,
                             LocalDate oldDeadline, LocalDate newDeadline, Long agencyId) {
            if (day.isAfter(today)) {
                return false;
            }
            events.add(new Event(day, action, from, to, actor, note, oldDeadline, newDeadline, agencyId));
            state = to;
            return true;
        }
    }
}
