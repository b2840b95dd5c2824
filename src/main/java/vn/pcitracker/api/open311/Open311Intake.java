package vn.pcitracker.api.open311;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.api.domain.Open311Submission;
import vn.pcitracker.api.domain.Open311SubmissionRepository;
import vn.pcitracker.api.web.ApiClient;
import vn.pcitracker.api.web.ApiMessages;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.i18n.AppLocales;

/**
 * POST Service Request: the request enters the investment department's intake as a recommendation received
 * through the partner API, with the key's association as its submitter. Open311's personal fields (name,
 * e-mail, phone, device and account ids) are accepted and not stored: the province has no consent to keep them.
 */
@Service
@PreAuthorize(ApiClient.HAS_KEY)
class Open311Intake {

    static final int DESCRIPTION_MAX = 4_000;
    private static final String KEY = "api.Open311Intake.";
    private static final int TITLE_FROM_DESCRIPTION = 120;

    /** What a client sent, as strings; {@code attributes} maps attribute codes to values. */
    record Submission(String serviceCode, String lat, String lon, String addressString, String addressId,
                      String description, String mediaUrl, Map<String, String> attributes) {
    }

    private final Open311Reads reads;
    private final Open311Services services;
    private final IssueService issueService;
    private final Open311SubmissionRepository submissions;
    private final ApiMessages messages;
    private final SecureRandom random = new SecureRandom();

    Open311Intake(Open311Reads reads, Open311Services services, IssueService issueService,
                  Open311SubmissionRepository submissions, ApiMessages messages) {
        this.reads = reads;
        this.services = services;
        this.issueService = issueService;
        this.submissions = submissions;
        this.messages = messages;
    }

    @Transactional
    public Open311Dtos.Receipt submit(Submission in, Locale locale) {
        ApiClient client = ApiClient.current().orElseThrow();
        IssueFieldOption field = reads.field(in.serviceCode(), locale);
        List<String> problems = new ArrayList<>();
        Double lat = coordinate(in.lat(), "lat", 90, problems, locale);
        Double lon = coordinate(in.lon(), "long", 180, problems, locale);
        String address = clean(in.addressString());
        String addressId = clean(in.addressId());
        boolean located = (lat != null && lon != null) || address != null || addressId != null;
        check(located || !problems.isEmpty(), problems, locale, "locationMissing");
        check((lat == null) == (lon == null), problems, locale, "latLongTogether");
        check(address == null || address.length() <= Open311Submission.ADDRESS_MAX, problems, locale, "addressTooLong");
        check(addressId == null || addressId.length() <= Open311Submission.ADDRESS_ID_MAX, problems, locale, "addressTooLong");
        String description = clean(in.description());
        check(description != null, problems, locale, "descriptionMissing");
        check(description == null || description.length() <= DESCRIPTION_MAX, problems, locale, "descriptionTooLong");
        String title = clean(in.attributes().get(Open311Services.TITLE));
        String ddci = clean(in.attributes().get(Open311Services.DDCI));
        check(ddci == null || services.ddciComponents(locale).containsKey(ddci), problems, locale, "unknownDdci");
        String publish = clean(in.attributes().get(Open311Services.PUBLISH));
        check(publish == null || publish.equals("true") || publish.equals("false"), problems, locale, "badPublish");
        String mediaUrl = clean(in.mediaUrl());
        check(mediaUrl == null || isWebAddress(mediaUrl), problems, locale, "badMediaUrl");
        if (!problems.isEmpty()) {
            throw new Open311Exception(400, problems);
        }
        NewIssue command = new NewIssue(title == null ? titleFrom(description) : title,
                content(description, address, lat, lon), IssueChannel.PARTNER_API, null, field.id(), IssuePriority.NORMAL,
                List.of(), client.associationId() == null ? List.of() : List.of(client.associationId()),
                ddci == null ? Set.of() : Set.of(Long.parseLong(ddci)), "true".equals(publish), null);
        IssueDetails created;
        try {
            created = client.asIntakeDesk(() -> issueService.create(command));
        } catch (ValidationException e) {
            throw new Open311Exception(400, e.violations().stream().map(v -> parameter(v.field()) + messages.text(locale, v))
                    .toList());
        }
        String token = HexFormat.of().formatHex(bytes());
        submissions.save(new Open311Submission(token, created.id(), created.code(), client.keyId(), address, addressId,
                lat, lon, mediaUrl, Instant.now()));
        return new Open311Dtos.Receipt(token, messages.text(locale, KEY + "received"), null);
    }

    /** The Open311 argument a rule of the issue module concerns, as a prefix of its message. */
    private static String parameter(String field) {
        String name = field == null ? null : switch (field) {
            case "title" -> "attribute[" + Open311Services.TITLE + "]";
            case "content" -> "description";
            case "fieldId" -> "service_code";
            case "ddciComponentIds" -> "attribute[" + Open311Services.DDCI + "]";
            default -> field;
        };
        return name == null ? "" : name + ": ";
    }

    private byte[] bytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The officers read the location in the recommendation itself, in their own language. */
    private String content(String description, String address, Double lat, Double lon) {
        String where = address != null ? address : lat != null ? lat + ", " + lon : null;
        return where == null ? description
                : description + "\n\n" + messages.text(AppLocales.VIETNAMESE, KEY + "locationLine", where);
    }

    private static String titleFrom(String description) {
        String firstLine = description.lines().findFirst().orElse(description).strip();
        return firstLine.length() <= TITLE_FROM_DESCRIPTION ? firstLine
                : firstLine.substring(0, TITLE_FROM_DESCRIPTION - 1).strip() + "…";
    }

    private Double coordinate(String text, String name, double limit, List<String> problems, Locale locale) {
        String value = clean(text);
        if (value == null) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (Math.abs(parsed) <= limit) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(messages.text(locale, KEY + "badCoordinate", name, value));
        return null;
    }

    private void check(boolean ok, List<String> problems, Locale locale, String key) {
        if (!ok) {
            problems.add(messages.text(locale, KEY + key));
        }
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return text.length() <= Open311Submission.MEDIA_URL_MAX && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }
}
