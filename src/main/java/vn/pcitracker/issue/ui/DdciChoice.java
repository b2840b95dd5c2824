package vn.pcitracker.issue.ui;

import java.util.List;
import java.util.Locale;
import vn.pcitracker.indicator.DdciCatalogueSummary;
import vn.pcitracker.indicator.DdciService;

/** A DDCI component as issue views offer it: "catalogue – component", since codes repeat across catalogues. */
record DdciChoice(long id, String label, List<String> pciSubIndexCodes) {

    static List<DdciChoice> all(DdciService ddci, Locale locale) {
        return ddci.catalogues().stream()
                .flatMap(catalogue -> ddci.components(catalogue.id()).stream()
                        .map(component -> new DdciChoice(component.id(), label(catalogue, locale)
                                + " – " + component.name(locale), component.pciSubIndexCodes())))
                .toList();
    }

    private static String label(DdciCatalogueSummary catalogue, Locale locale) {
        return catalogue.name(locale);
    }

    @Override
    public String toString() {
        return label;
    }
}
