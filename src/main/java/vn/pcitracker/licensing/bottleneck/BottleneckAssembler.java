package vn.pcitracker.licensing.bottleneck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.domain.ConditionalLine;
import vn.pcitracker.licensing.domain.ConditionalLineRepository;
import vn.pcitracker.licensing.domain.LegalBasisRepository;
import vn.pcitracker.licensing.domain.LicensingProcedure;
import vn.pcitracker.licensing.domain.LicensingProcedureRepository;
import vn.pcitracker.licensing.bottleneck.domain.Bottleneck;
import vn.pcitracker.licensing.bottleneck.domain.BottleneckEvent;
import vn.pcitracker.licensing.bottleneck.domain.BottleneckEventRepository;
import vn.pcitracker.licensing.bottleneck.domain.BottleneckEvidence;
import vn.pcitracker.licensing.bottleneck.domain.BottleneckEvidenceRepository;
import vn.pcitracker.licensing.bottleneck.domain.BottleneckLinks;

/** Builds {@link BottleneckDetails} for the current user: procedure, line and its successors, evidence, links, history. */
@Component
class BottleneckAssembler {

    /** Guards against a cycle in hand-edited next_line_id data. */
    private static final int MAX_SUCCESSORS = 20;

    private final LicensingProcedureRepository procedures;
    private final ConditionalLineRepository lines;
    private final LegalBasisRepository bases;
    private final BottleneckEvidenceRepository evidence;
    private final BottleneckEventRepository events;
    private final BottleneckLinks links;
    private final IssueService issues;

    BottleneckAssembler(LicensingProcedureRepository procedures, ConditionalLineRepository lines, LegalBasisRepository bases,
                        BottleneckEvidenceRepository evidence, BottleneckEventRepository events, BottleneckLinks links,
                        IssueService issues) {
        this.procedures = procedures;
        this.lines = lines;
        this.bases = bases;
        this.evidence = evidence;
        this.events = events;
        this.links = links;
        this.issues = issues;
    }

    BottleneckDetails details(Bottleneck b, BottleneckAccess.Me me) {
        LicensingProcedure procedure = procedures.findById(b.getProcedureId()).orElseThrow();
        List<Evidence> measured = evidence.findByBottleneckIdOrderByPeriodFromAscIdAsc(b.getId()).stream()
                .map(BottleneckEvidence::toEvidence).toList();
        Optional<ConditionalLine> line = b.getLineId() == null ? Optional.empty() : lines.findById(b.getLineId());
        Set<BottleneckAction> allowed = BottleneckWorkflow.allowed(b.getState(), BottleneckAccess.standing(b, me));
        ProposedFix fix = new ProposedFix(b.getFixDescription(), b.getFixConditionsRemoved(), b.getFixDocumentsRemoved(),
                b.getFixDaysCut(), b.getFixCostCutVnd());
        return new BottleneckDetails(b.getId(), b.getCode(), b.getState(), procedure.toSummary(),
                line.map(this::summary).orElse(null), line.map(this::successors).orElse(List.of()), b.getAgencyId(),
                b.getOwnerAgencyId(), b.getTitle(), b.getDescription(), b.getCauses(), b.getInformalCostReports(),
                b.getInformalCostNote(), b.getDdciComponentIds(), fix, b.getTargetDate(), b.isPublic(), b.getIdentifiedOn(),
                b.getMeasuredDaysAfter(), b.getDropReason(), measured, linkedIssues(b.getId()),
                events.findByBottleneckIdOrderByOccurredAtAscIdAsc(b.getId()).stream().map(BottleneckEvent::toEntry).toList(),
                allowed, DaysSaved.of(b.getState(), measured, b.getMeasuredDaysAfter()), b.getVersion());
    }

    ConditionalLineSummary summary(ConditionalLine line) {
        return line.toSummary(bases.findById(line.getLegalBasisId()).map(basis -> basis.getCode()).orElse(""));
    }

    /** What the line became in later versions of the catalogue, following next_line_id. */
    List<ConditionalLineSummary> successors(ConditionalLine line) {
        List<ConditionalLineSummary> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(line.getId()));
        Long next = line.getNextLineId();
        while (next != null && seen.add(next) && chain.size() < MAX_SUCCESSORS) {
            Optional<ConditionalLine> found = lines.findById(next);
            if (found.isEmpty()) {
                break;
            }
            chain.add(summary(found.get()));
            next = found.get().getNextLineId();
        }
        return chain;
    }

    /** Only the recommendations the user may see; the others are left out, not named. */
    private List<LinkedIssue> linkedIssues(long bottleneckId) {
        return links.issueIds(bottleneckId).stream().map(issues::find).flatMap(Optional::stream)
                .map(issue -> new LinkedIssue(issue.id(), issue.code(), issue.title(), issue.state())).toList();
    }
}
