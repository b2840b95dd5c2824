package vn.pcitracker.api.open311;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.api.domain.Open311Submission;
import vn.pcitracker.api.domain.Open311SubmissionRepository;
import vn.pcitracker.api.web.ApiMessages;
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.issue.PublicIssue;
import vn.pcitracker.issue.PublicIssueQuery;
import vn.pcitracker.issue.PublicIssueService;

/**
 * The public half of GeoReport v2: services, service definitions, public requests and tokens. Requests come
 * only from {@link PublicIssueService}, so nothing that is not published can appear, and they carry no party,
 * person or timeline note.
 */
@Service
@PreAuthorize("permitAll()")
class Open311Reads {

    static final Duration WINDOW = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1_000;
    private static final int DESCRIPTION_MAX = 4_000;
    private static final String KEY = "api.Open311Reads.";

    private final PublicIssueService issues;
    private final Open311SubmissionRepository submissions;
    private final Open311Services services;
    private final ApiMessages messages;

    Open311Reads(PublicIssueService issues, Open311SubmissionRepository submissions, Open311Services services,
                 ApiMessages messages) {
        this.issues = issues;
        this.submissions = submissions;
        this.services = services;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<Open311Dtos.Service> services(Locale locale) {
        return issues.activeFields().stream().map(field -> services.service(field, locale)).toList();
    }

    @Transactional(readOnly = true)
    public Open311Dtos.ServiceDefinition definition(String serviceCode, Locale locale) {
        return services.definition(field(serviceCode, locale), locale);
    }

    /**
     * {@code serviceRequestIds} overrides every other argument. Without dates the window is the last 90 days;
     * with one date it is the 90 days from or to it; a wider range is refused.
     */
    @Transactional(readOnly = true)
    public List<Open311Dtos.Request> requests(String serviceRequestIds, String serviceCodes, String startDate,
                                              String endDate, String statuses, Locale locale) {
        List<String> ids = list(serviceRequestIds).stream().map(id -> id.toUpperCase(Locale.ROOT)).toList();
        PublicIssueQuery query;
        if (!ids.isEmpty()) {
            query = new PublicIssueQuery(ids, Set.of(), Set.of(), null, null, MAX_REQUESTS);
        } else {
            List<String> problems = new ArrayList<>();
            Instant start = date(startDate, "start_date", problems, locale);
            Instant end = date(endDate, "end_date", problems, locale);
            Set<IssueState> states = states(statuses, problems, locale);
            if (start == null && end == null) {
                end = Instant.now();
            }
            start = start == null && end != null ? end.minus(WINDOW) : start;
            end = end == null && start != null ? start.plus(WINDOW) : end;
            if (problems.isEmpty() && end.isBefore(start)) {
                problems.add(messages.text(locale, KEY + "endBeforeStart"));
            } else if (problems.isEmpty() && Duration.between(start, end).compareTo(WINDOW) > 0) {
                problems.add(messages.text(locale, KEY + "rangeTooWide", WINDOW.toDays()));
            }
            if (!problems.isEmpty()) {
                throw new Open311Exception(400, problems);
            }
            query = new PublicIssueQuery(List.of(), new LinkedHashSet<>(list(serviceCodes)), states, start, end, MAX_REQUESTS);
        }
        return requests(issues.search(query), locale);
    }

    @Transactional(readOnly = true)
    public Open311Dtos.Request request(String serviceRequestId, Locale locale) {
        return issues.findByCode(serviceRequestId).map(issue -> requests(List.of(issue), locale).getFirst())
                .orElseThrow(() -> new Open311Exception(404, List.of(messages.text(locale, KEY + "requestNotFound",
                        serviceRequestId))));
    }

    /** The token is the submitter's receipt: it names the request whether or not it has been published. */
    @Transactional(readOnly = true)
    public Open311Dtos.TokenAnswer token(String token, Locale locale) {
        return submissions.findByToken(token.strip())
                .map(submission -> new Open311Dtos.TokenAnswer(submission.getIssueCode(), submission.getToken()))
                .orElseThrow(() -> new Open311Exception(404, List.of(messages.text(locale, KEY + "tokenNotFound", token))));
    }

    IssueFieldOption field(String serviceCode, Locale locale) {
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new Open311Exception(400, List.of(messages.text(locale, KEY + "serviceCodeMissing")));
        }
        return issues.activeFields().stream().filter(field -> field.code().equalsIgnoreCase(serviceCode.strip()))
                .findFirst().orElseThrow(() -> new Open311Exception(404,
                        List.of(messages.text(locale, KEY + "serviceCodeNotFound", serviceCode.strip()))));
    }

    private List<Open311Dtos.Request> requests(List<PublicIssue> found, Locale locale) {
        Map<Long, Open311Submission> located = found.isEmpty() ? Map.of()
                : submissions.findByIssueIdIn(found.stream().map(PublicIssue::id).toList()).stream()
                .collect(Collectors.toMap(Open311Submission::getIssueId, Function.identity()));
        return found.stream().map(issue -> request(issue, located.get(issue.id()), locale)).toList();
    }

    private Open311Dtos.Request request(PublicIssue issue, Open311Submission submission, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String state = messages.text(locale, "issue.IssueState." + issue.state().name());
        String notes = issue.answerText() == null ? state : state + ": " + issue.answerText();
        String description = issue.title() + "\n\n" + issue.content();
        String agency = english && issue.leadAgencyNameEn() != null ? issue.leadAgencyNameEn() : issue.leadAgencyNameVi();
        return new Open311Dtos.Request(issue.code(), Open311Format.status(issue.state()), notes,
                english && issue.fieldNameEn() != null ? issue.fieldNameEn() : issue.fieldNameVi(), issue.fieldCode(),
                description.length() > DESCRIPTION_MAX ? description.substring(0, DESCRIPTION_MAX - 1) + "…" : description,
                agency, null, Open311Format.dateTime(issue.requestedAt()), Open311Format.dateTime(issue.updatedAt()),
                Open311Format.endOfDay(issue.deadline()),
                submission == null ? null : submission.getAddress(), submission == null ? null : submission.getAddressId(),
                null, submission == null ? null : submission.getLat(), submission == null ? null : submission.getLon(),
                submission == null ? null : submission.getMediaUrl());
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .filter(part -> !part.isEmpty()).toList();
    }

    private Instant date(String text, String name, List<String> problems, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant parsed = Open311Format.parse(text);
        if (parsed == null) {
            problems.add(messages.text(locale, KEY + "badDate", name, text.strip()));
        }
        return parsed;
    }

    private Set<IssueState> states(String text, List<String> problems, Locale locale) {
        Set<IssueState> states = EnumSet.noneOf(IssueState.class);
        for (String status : list(text)) {
            switch (status.toLowerCase(Locale.ROOT)) {
                case "open" -> states.addAll(Open311Format.OPEN);
                case "closed" -> states.addAll(Open311Format.CLOSED);
                default -> problems.add(messages.text(locale, KEY + "badStatus", status));
            }
        }
        return states;
    }
}
