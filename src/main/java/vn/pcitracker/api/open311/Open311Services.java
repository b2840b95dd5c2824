package vn.pcitracker.api.open311;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Component;
import vn.pcitracker.api.web.ApiMessages;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.shared.SystemAuthentication;

/**
 * The fields of recommendations as Open311 services, and their definition: a title, the DDCI component the
 * concern is about, and whether it may be published. All are optional, so a client that ignores service
 * definitions can still file a request.
 */
@Component
class Open311Services {

    static final String TYPE = "batch";
    static final String TITLE = "TITLE";
    static final String DDCI = "DDCI_COMPONENT";
    static final String PUBLISH = "PUBLISH";
    private static final String KEY = "api.Open311Services.";

    private final DdciService ddci;
    private final ApiMessages messages;

    Open311Services(DdciService ddci, ApiMessages messages) {
        this.ddci = ddci;
        this.messages = messages;
    }

    Open311Dtos.Service service(IssueFieldOption field, Locale locale) {
        String name = field.name(locale);
        return new Open311Dtos.Service(field.code(), name, messages.text(locale, KEY + "description", name), true, TYPE,
                String.join(", ", field.nameVi(), field.nameEn(), field.code().toLowerCase(Locale.ROOT)),
                messages.text(locale, KEY + "group"));
    }

    Open311Dtos.ServiceDefinition definition(IssueFieldOption field, Locale locale) {
        List<Open311Dtos.Attribute> attributes = List.of(
                new Open311Dtos.Attribute(true, TITLE, "string", false, messages.text(locale, KEY + "titleType"), 1,
                        messages.text(locale, KEY + "title"), null),
                new Open311Dtos.Attribute(true, DDCI, "singlevaluelist", false, null, 2,
                        messages.text(locale, KEY + "ddci"), ddciValues(locale)),
                new Open311Dtos.Attribute(true, PUBLISH, "singlevaluelist", false, null, 3,
                        messages.text(locale, KEY + "publish"), List.of(
                        new Open311Dtos.Value("true", messages.text(locale, KEY + "publishYes")),
                        new Open311Dtos.Value("false", messages.text(locale, KEY + "publishNo")))));
        return new Open311Dtos.ServiceDefinition(field.code(), attributes);
    }

    /** Component id to "catalogue – component"; the catalogue is reference data that anyone may read. */
    Map<String, String> ddciComponents(Locale locale) {
        return SystemAuthentication.runAsSystem(() -> {
            Map<String, String> byKey = new LinkedHashMap<>();
            ddci.catalogues().forEach(catalogue -> ddci.components(catalogue.id()).forEach(component ->
                    byKey.put(Long.toString(component.id()), catalogue.name(locale) + " – " + component.name(locale))));
            return byKey;
        });
    }

    private List<Open311Dtos.Value> ddciValues(Locale locale) {
        List<Open311Dtos.Value> values = new ArrayList<>();
        ddciComponents(locale).forEach((key, name) -> values.add(new Open311Dtos.Value(key, name)));
        return values;
    }
}
