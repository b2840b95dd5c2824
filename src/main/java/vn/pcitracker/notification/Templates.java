package vn.pcitracker.notification;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.pcitracker.notification.domain.NotificationTemplate;
import vn.pcitracker.notification.domain.NotificationTemplateRepository;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.LocaleFormats;

/**
 * Fills a kind's template in one language. Values are stored language-neutral: dates as ISO days (shown in the
 * reader's format), links relative to the application (made absolute with {@code app.base-url} for mail).
 */
@Component
class Templates {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Set<String> DATES = Set.of("deadline", "date");

    record Rendered(String subject, String body) {
    }

    private final NotificationTemplateRepository templates;
    private final String baseUrl;

    Templates(NotificationTemplateRepository templates, @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.templates = templates;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static String language(Locale locale) {
        return AppLocales.isVietnamese(locale) ? "vi" : "en";
    }

    Rendered render(NotificationKind kind, Locale locale, Map<String, String> params) {
        NotificationTemplate template = templates.findByKindAndLanguage(kind, language(locale))
                .or(() -> templates.findByKindAndLanguage(kind, "vi")).orElse(null);
        if (template == null) {
            return new Rendered(kind.name() + " " + params.getOrDefault("code", ""), params.toString());
        }
        return new Rendered(fill(template.getSubject(), locale, params), fill(template.getBody(), locale, params));
    }

    String absolute(String link) {
        return baseUrl + "/" + link;
    }

    private String fill(String text, Locale locale, Map<String, String> params) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = params.get(name);
            if (value != null && DATES.contains(name)) {
                value = date(value, locale);
            } else if (value != null && name.equals("link")) {
                value = absolute(value);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String date(String iso, Locale locale) {
        try {
            return LocaleFormats.date(LocalDate.parse(iso), locale);
        } catch (DateTimeParseException notADay) {
            return iso;
        }
    }

    /** Placeholders in {@code text} that {@code kind} does not fill, in alphabetical order. */
    static Set<String> unknownPlaceholders(NotificationKind kind, String text) {
        Set<String> unknown = new TreeSet<>();
        if (text != null) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                if (!kind.placeholders().contains(matcher.group(1))) {
                    unknown.add(matcher.group(1));
                }
            }
        }
        return unknown;
    }
}
