package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IssueFilterParametersTest {

    private static final IssueFilter FULL = IssueFilter.none().withText("đất đai")
            .withStates(EnumSet.of(IssueState.IN_PROGRESS, IssueState.ASSIGNED)).withLeadAgency(12L).withField(3L)
            .withDdciComponent(45L).withPciSubIndex("LAND_ACCESS").withOverdue(true)
            .withReceived(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)).withChannel(IssueChannel.HOTLINE)
            .withDialogue(7L).withAnswered(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))
            .withAccountableIn(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

    @Test
    void aFilterWithEverythingSetBecomesShortStableParameters() {
        Map<String, List<String>> parameters = IssueFilterParameters.write(FULL);

        assertThat(parameters).containsExactly(
                Map.entry("q", List.of("đất đai")),
                Map.entry("state", List.of("ASSIGNED", "IN_PROGRESS")),
                Map.entry("agency", List.of("12")),
                Map.entry("field", List.of("3")),
                Map.entry("ddci", List.of("45")),
                Map.entry("pci", List.of("LAND_ACCESS")),
                Map.entry("overdue", List.of("true")),
                Map.entry("from", List.of("2026-01-01")),
                Map.entry("to", List.of("2026-03-31")),
                Map.entry("channel", List.of("HOTLINE")),
                Map.entry("dialogue", List.of("7")),
                Map.entry("answeredFrom", List.of("2026-02-01")),
                Map.entry("answeredTo", List.of("2026-02-28")),
                Map.entry("accountableFrom", List.of("2026-01-01")),
                Map.entry("accountableTo", List.of("2026-06-30")),
                Map.entry("lead", List.of("true")));
    }

    @Test
    void theWithersChangeOneFilterEachAndAnyAgencyIsNotLeadOnly() {
        IssueFilter leadOnly = IssueFilter.none().withLeadAgency(5L);
        assertThat(leadOnly.agencyId()).isEqualTo(5L);
        assertThat(leadOnly.leadAgencyOnly()).isTrue();
        assertThat(leadOnly.withAgency(5L).leadAgencyOnly()).isFalse();
        assertThat(IssueFilter.none().withLeadAgency(null)).isEqualTo(IssueFilter.none());
        assertThat(FULL.withAnswered(null, null).withReceived(null, null).withAccountableIn(null, null))
                .isEqualTo(new IssueFilter("đất đai", EnumSet.of(IssueState.IN_PROGRESS, IssueState.ASSIGNED), 12L, 3L, 45L,
                        "LAND_ACCESS", true, null, null, IssueChannel.HOTLINE, 7L, null, null, true, null, null));
        assertThat(IssueFilter.none().withAccountableIn(LocalDate.of(2026, 1, 1), null)).isEqualTo(IssueFilter.none());
        assertThat(IssueFilterParameters.write(IssueFilter.none().withAgency(5L))).doesNotContainKey("lead");
    }

    @Test
    void readingTheParametersBackGivesTheSameFilter() {
        assertThat(IssueFilterParameters.read(IssueFilterParameters.write(FULL))).isEqualTo(FULL);
        IssueFilter notOverdue = new IssueFilter(null, Set.of(), null, null, null, null, false, null, null, null, null);
        assertThat(IssueFilterParameters.read(IssueFilterParameters.write(notOverdue))).isEqualTo(notOverdue);
    }

    @Test
    void onlyValuesThatAreSetAreWritten() {
        assertThat(IssueFilterParameters.write(IssueFilter.none())).isEmpty();
        assertThat(IssueFilterParameters.write(new IssueFilter("  ", Set.of(), 5L, null, null, " ", null, null, null, null, null)))
                .containsOnlyKeys("agency");
        assertThat(IssueFilterParameters.write(null)).isEmpty();
    }

    @Test
    void noParametersMeanNoFilter() {
        assertThat(IssueFilterParameters.read(Map.of())).isEqualTo(IssueFilter.none());
        assertThat(IssueFilterParameters.read(null)).isEqualTo(IssueFilter.none());
    }

    @Test
    void malformedOrUnknownValuesAreIgnoredWithoutAnError() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("state", List.of("ASSIGNED", "NOT_A_STATE", "closed", ""));
        parameters.put("agency", List.of("twelve"));
        parameters.put("field", List.of("-3"));
        parameters.put("ddci", List.of("99999999999999999999999"));
        parameters.put("overdue", List.of("yes"));
        parameters.put("from", List.of("2026-02-30"));
        parameters.put("to", List.of("31/03/2026"));
        parameters.put("channel", List.of("PIGEON"));
        parameters.put("dialogue", List.of(""));
        parameters.put("pci", List.of("X".repeat(31)));
        parameters.put("unknown", List.of("1"));

        assertThat(IssueFilterParameters.read(parameters)).isEqualTo(
                new IssueFilter(null, Set.of(IssueState.ASSIGNED), null, null, null, null, null, null, null, null, null));
    }

    @Test
    void theFirstUsableValueOfARepeatedSingleParameterWinsAndSpacesAreTrimmed() {
        Map<String, List<String>> parameters = Map.of("agency", List.of(" ", " 12 ", "13"), "q", List.of("  dat dai "));

        IssueFilter filter = IssueFilterParameters.read(parameters);

        assertThat(filter.agencyId()).isEqualTo(12L);
        assertThat(filter.text()).isEqualTo("dat dai");
    }
}
