package vn.pcitracker.licensing.bottleneck.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.licensing.ConditionalLineService;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.LegalBasisSummary;
import vn.pcitracker.licensing.LicensingProcedureService;
import vn.pcitracker.licensing.LicensingProcedureSummary;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;

/** The reference lists the bottleneck views offer and name things by, read once per view. */
@Component
class BottleneckChoices {

    /** A DDCI component as offered: "catalogue – component", since codes repeat across catalogues. */
    record Ddci(long id, String label) {
    }

    /** The lists, read for one view in the user's language. */
    record Lists(List<AgencySummary> allAgencies, List<AgencySummary> activeAgencies,
                 List<LicensingProcedureSummary> procedures, List<ConditionalLineSummary> lines,
                 List<LegalBasisSummary> bases, List<Ddci> ddci, Locale locale) {

        String agencyName(Long id) {
            return id == null ? "" : byId(allAgencies, AgencySummary::id, id).map(a -> a.name(locale)).orElse("");
        }

        Optional<ConditionalLineSummary> line(Long id) {
            return id == null ? Optional.empty() : byId(lines, ConditionalLineSummary::id, id);
        }

        String lineLabel(ConditionalLineSummary line) {
            return line.legalBasisCode() + " · " + line.number() + ". " + line.name(locale);
        }

        String ddciLabel(long id) {
            return byId(ddci, Ddci::id, id).map(Ddci::label).orElse("#" + id);
        }

        static <T> Optional<T> byId(List<T> values, Function<T, Long> id, long wanted) {
            return values.stream().filter(value -> id.apply(value) == wanted).findFirst();
        }
    }

    private final AgencyService agencies;
    private final LicensingProcedureService procedures;
    private final ConditionalLineService lines;
    private final DdciService ddci;

    BottleneckChoices(AgencyService agencies, LicensingProcedureService procedures, ConditionalLineService lines,
                      DdciService ddci) {
        this.agencies = agencies;
        this.procedures = procedures;
        this.lines = lines;
        this.ddci = ddci;
    }

    Lists read(Locale locale) {
        List<Ddci> components = ddci.catalogues().stream().flatMap(catalogue -> ddci.components(catalogue.id()).stream()
                .map(c -> new Ddci(c.id(), catalogue.name(locale) + " – " + c.name(locale)))).toList();
        return new Lists(agencies.search("", true), agencies.activeAgencies(), procedures.search(""),
                lines.search("", null), lines.legalBases(), components, locale);
    }

    static <T> Map<Long, T> index(List<T> values, Function<T, Long> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
