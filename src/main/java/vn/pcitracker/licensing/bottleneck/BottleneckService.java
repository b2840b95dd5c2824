package vn.pcitracker.licensing.bottleneck;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.licensing.bottleneck.BottleneckAccess.Me;
import vn.pcitracker.licensing.bottleneck.domain.Bottleneck;
import vn.pcitracker.licensing.bottleneck.domain.BottleneckEvent;
import vn.pcitracker.licensing.bottleneck.domain.BottleneckEventRepository;
import vn.pcitracker.licensing.bottleneck.domain.BottleneckEvidence;
import vn.pcitracker.licensing.bottleneck.domain.BottleneckEvidenceRepository;
import vn.pcitracker.licensing.bottleneck.domain.BottleneckLinks;
import vn.pcitracker.licensing.bottleneck.domain.BottleneckRepository;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.TranslationKey;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.Violations;

/**
 * Every command on a bottleneck. Each checks, in one transaction: the role and the object-level right (see
 * {@link BottleneckAccess}), that the state allows the action to this user ({@link BottleneckWorkflow}), and the
 * input (all problems at once, nothing saved); then records the move in the history. A refused move throws
 * {@link ValidationException} with key {@code licensing.BottleneckService.actionNotAllowed}; a bottleneck the user
 * may not see behaves as missing ({@link RecordNotFoundException}); a stale version throws
 * {@link OptimisticLockingFailureException}.
 */
@Service
public class BottleneckService {

    static final String READERS = "hasAnyRole('INVESTMENT_OFFICER','AGENCY_OFFICER','ASSOCIATION_REP','LEADER','ADMIN')";
    /** Who may create bottlenecks and turn recommendations into them. */
    public static final String MANAGERS = "hasAnyRole('INVESTMENT_OFFICER','ADMIN')";
    static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String KEY = BottleneckChecks.KEY;

    private final BottleneckRepository bottlenecks;
    private final BottleneckEvidenceRepository evidence;
    private final BottleneckEventRepository events;
    private final BottleneckLinks links;
    private final BottleneckAccess access;
    private final BottleneckChecks checks;
    private final BottleneckAssembler assembler;
    private final IssueService issues;

    BottleneckService(BottleneckRepository bottlenecks, BottleneckEvidenceRepository evidence,
                      BottleneckEventRepository events, BottleneckLinks links, BottleneckAccess access,
                      BottleneckChecks checks, BottleneckAssembler assembler, IssueService issues) {
        this.bottlenecks = bottlenecks;
        this.evidence = evidence;
        this.events = events;
        this.links = links;
        this.access = access;
        this.checks = checks;
        this.assembler = assembler;
        this.issues = issues;
    }

    @Transactional
    @PreAuthorize(MANAGERS)
    public BottleneckDetails create(BottleneckForm form) {
        return create(form, null);
    }

    /** Records a new bottleneck from a recommendation the user may see, and links the two. */
    @Transactional
    @PreAuthorize(MANAGERS)
    public BottleneckDetails createFromIssue(long issueId, BottleneckForm form) {
        IssueDetails issue = issues.find(issueId).orElseThrow(() -> new RecordNotFoundException("Issue", issueId));
        return create(form, issue);
    }

    /** A form filled from the recommendation: title, content, lead agency and DDCI components. */
    @Transactional(readOnly = true)
    @PreAuthorize(MANAGERS)
    public Optional<BottleneckForm> prefillFromIssue(String issueCode) {
        return issues.findByCode(issueCode).map(issue -> new BottleneckForm(null, null, issue.leadAgencyId(), null,
                issue.title(), issue.content(), null, null, null, issue.ddciComponentIds(), null, null, false, null));
    }

    @Transactional
    @PreAuthorize(READERS)
    public BottleneckDetails edit(long id, BottleneckForm form, long expectedVersion) {
        Move move = begin(id, expectedVersion, BottleneckAction.EDIT);
        Bottleneck bottleneck = move.bottleneck();
        LocalDate today = today();
        BottleneckForm kept = withIdentifiedOn(form, bottleneck.getIdentifiedOn());
        checks.form(kept, today, bottleneck.getAgencyId(), bottleneck.getOwnerAgencyId()).throwIfAny();
        apply(bottleneck, kept);
        return finish(move, BottleneckAction.EDIT, null);
    }

    @Transactional
    @PreAuthorize(READERS)
    public BottleneckDetails addEvidence(long id, EvidenceForm form) {
        Move move = begin(id, null, BottleneckAction.ADD_EVIDENCE);
        checks.evidence(form, today()).throwIfAny();
        evidence.saveAndFlush(new BottleneckEvidence(id, form.phase(), form.periodFrom(), form.periodTo(),
                form.filesReceived(), form.filesOnTime(), form.filesLate(), form.topUpRequests(), form.medianActualDays(),
                Violations.clean(form.note())));
        return finish(move, BottleneckAction.ADD_EVIDENCE, null);
    }

    /** Attaches a recommendation the user may see; attaching it twice changes nothing. */
    @Transactional
    @PreAuthorize(READERS)
    public BottleneckDetails linkIssue(long id, long issueId) {
        Move move = begin(id, null, BottleneckAction.LINK_ISSUE);
        IssueDetails issue = issues.find(issueId).orElseThrow(() -> new RecordNotFoundException("Issue", issueId));
        if (!links.link(id, issueId)) {
            return assembler.details(move.bottleneck(), move.me());
        }
        return finish(move, BottleneckAction.LINK_ISSUE, issue.code() + " · " + issue.title());
    }

    /**
     * The moves without input of their own: {@link BottleneckAction#START_ANALYSIS}, {@code PROPOSE_FIX} (which
     * needs a described fix), {@code APPROVE} and {@code IMPLEMENT}. Verifying and dropping have their own methods.
     */
    @Transactional
    @PreAuthorize(READERS)
    public BottleneckDetails move(long id, BottleneckAction action, String note, long expectedVersion) {
        if (!EnumSet.of(BottleneckAction.START_ANALYSIS, BottleneckAction.PROPOSE_FIX, BottleneckAction.APPROVE,
                BottleneckAction.IMPLEMENT).contains(action)) {
            throw new IllegalArgumentException("Not a plain move: " + action);
        }
        Move move = begin(id, expectedVersion, action);
        if (action == BottleneckAction.PROPOSE_FIX) {
            new Violations().require("fixDescription", move.bottleneck().getFixDescription()).throwIfAny();
        }
        return finish(move, action, Violations.clean(note));
    }

    /** Closes the bottleneck as fixed, with the median actual days measured after the fix. */
    @Transactional
    @PreAuthorize(READERS)
    public BottleneckDetails verify(long id, BigDecimal measuredDaysAfter, String note, long expectedVersion) {
        Move move = begin(id, expectedVersion, BottleneckAction.VERIFY);
        Violations violations = new Violations().require("measuredDaysAfter", measuredDaysAfter);
        BottleneckChecks.days(violations, "measuredDaysAfter", measuredDaysAfter);
        violations.throwIfAny();
        move.bottleneck().setMeasuredDaysAfter(measuredDaysAfter);
        return finish(move, BottleneckAction.VERIFY, Violations.clean(note));
    }

    @Transactional
    @PreAuthorize(READERS)
    public BottleneckDetails drop(long id, String reason, long expectedVersion) {
        Move move = begin(id, expectedVersion, BottleneckAction.DROP);
        String text = Violations.clean(reason);
        new Violations().require("reason", text).maxLength("reason", text, Bottleneck.NOTE_MAX).throwIfAny();
        move.bottleneck().setDropReason(text);
        return finish(move, BottleneckAction.DROP, text);
    }

    /** Empty when the bottleneck does not exist or the user may not see it. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Optional<BottleneckDetails> find(long id) {
        Me me = access.me();
        return bottlenecks.findById(id).filter(b -> BottleneckAccess.canSee(b, me)).map(b -> assembler.details(b, me));
    }

    /** The bottlenecks a recommendation is linked to, as far as the user may see them. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<BottleneckRef> linkedToIssue(long issueId) {
        Me me = access.me();
        return bottlenecks.findLinkedToIssue(issueId).stream().filter(b -> BottleneckAccess.canSee(b, me))
                .map(b -> new BottleneckRef(b.getId(), b.getCode(), b.getTitle(), b.getState())).toList();
    }

    /** Whether the signed-in user may record bottlenecks (and so turn recommendations into them). */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public boolean mayCreate() {
        return BottleneckWorkflow.mayCreate(access.me().role());
    }

    // --- moves -------------------------------------------------------------------------------------------

    private record Move(Bottleneck bottleneck, Me me, BottleneckState from, BottleneckState to) {
    }

    private BottleneckDetails create(BottleneckForm form, IssueDetails fromIssue) {
        Me me = access.me();
        if (!BottleneckWorkflow.mayCreate(me.role())) {
            throw notAllowed(BottleneckAction.CREATE, null);
        }
        LocalDate today = today();
        BottleneckForm dated = withIdentifiedOn(form, form.identifiedOn() == null ? today : form.identifiedOn());
        checks.form(dated, today, null, null).throwIfAny();
        Bottleneck bottleneck = new Bottleneck(links.nextCode(dated.identifiedOn().getYear()), dated.procedureId(),
                dated.agencyId(), Violations.clean(dated.title()), Violations.clean(dated.description()),
                dated.identifiedOn(), Instant.now());
        apply(bottleneck, dated);
        Bottleneck saved = bottlenecks.saveAndFlush(bottleneck);
        String note = null;
        if (fromIssue != null) {
            links.link(saved.getId(), fromIssue.id());
            note = fromIssue.code() + " · " + fromIssue.title();
        }
        record(saved, me, BottleneckAction.CREATE, null, BottleneckState.IDENTIFIED, note);
        return assembler.details(saved, me);
    }

    private static void apply(Bottleneck bottleneck, BottleneckForm form) {
        bottleneck.setProcedureId(form.procedureId());
        bottleneck.setLineId(form.lineId());
        bottleneck.setAgencyId(form.agencyId());
        bottleneck.setOwnerAgencyId(form.ownerAgencyId());
        bottleneck.setTitle(Violations.clean(form.title()));
        bottleneck.setDescription(Violations.clean(form.description()));
        bottleneck.replaceCauses(form.causes());
        bottleneck.setInformalCostReports(form.informalCostReports());
        bottleneck.setInformalCostNote(Violations.clean(form.informalCostNote()));
        bottleneck.replaceDdciComponents(form.ddciComponentIds());
        ProposedFix fix = form.fix();
        bottleneck.setFix(Violations.clean(fix.description()), fix.conditionsRemoved(), fix.documentsRemoved(),
                fix.daysCut(), fix.costCutVnd());
        bottleneck.setTargetDate(form.targetDate());
        bottleneck.setPublic(form.isPublic());
    }

    private Move begin(long id, Long expectedVersion, BottleneckAction action) {
        Me me = access.me();
        Bottleneck bottleneck = bottlenecks.findById(id).filter(found -> BottleneckAccess.canSee(found, me))
                .orElseThrow(() -> new RecordNotFoundException("Bottleneck", id));
        if (expectedVersion != null && bottleneck.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Bottleneck " + bottleneck.getCode() + " was changed by someone else");
        }
        BottleneckState to = BottleneckWorkflow.target(bottleneck.getState(), action, BottleneckAccess.standing(bottleneck, me))
                .orElseThrow(() -> notAllowed(action, bottleneck.getState()));
        return new Move(bottleneck, me, bottleneck.getState(), to);
    }

    private BottleneckDetails finish(Move move, BottleneckAction action, String note) {
        move.bottleneck().setState(move.to());
        Bottleneck saved = bottlenecks.saveAndFlush(move.bottleneck());
        record(saved, move.me(), action, move.from(), move.to(), note);
        return assembler.details(saved, move.me());
    }

    private void record(Bottleneck bottleneck, Me me, BottleneckAction action, BottleneckState from, BottleneckState to,
                        String note) {
        events.saveAndFlush(new BottleneckEvent(bottleneck.getId(), Instant.now(), me.accountId(), me.name(), action, from,
                to, note));
    }

    private static ValidationException notAllowed(BottleneckAction action, BottleneckState state) {
        return new ValidationException(null, KEY + "actionNotAllowed",
                new TranslationKey("licensing.BottleneckAction." + action.name()),
                state == null ? "—" : new TranslationKey("licensing.BottleneckState." + state.name()));
    }

    private static BottleneckForm withIdentifiedOn(BottleneckForm f, LocalDate identifiedOn) {
        return new BottleneckForm(f.procedureId(), f.lineId(), f.agencyId(), f.ownerAgencyId(), f.title(), f.description(),
                f.causes(), f.informalCostReports(), f.informalCostNote(), f.ddciComponentIds(), f.fix(), f.targetDate(),
                f.isPublic(), identifiedOn);
    }

    static LocalDate today() {
        return LocalDate.now(PROVINCE_TIME);
    }
}
