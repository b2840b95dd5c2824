package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.indicator.DdciComponentDetails;
import vn.pcitracker.issue.IssueAccess.Me;
import vn.pcitracker.issue.domain.Issue;
import vn.pcitracker.issue.domain.IssueCodeCounter;
import vn.pcitracker.issue.domain.IssueEvent;
import vn.pcitracker.issue.domain.IssueEventRepository;
import vn.pcitracker.issue.domain.IssueFeedbackRecord;
import vn.pcitracker.issue.domain.IssueFeedbackRepository;
import vn.pcitracker.issue.domain.IssueField;
import vn.pcitracker.issue.domain.IssueFieldRepository;
import vn.pcitracker.issue.domain.IssuePartyLink;
import vn.pcitracker.issue.domain.IssuePartyLink.PartyRole;
import vn.pcitracker.issue.domain.IssueRepository;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.organization.TaxCode;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.TranslationKey;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.Violations;

/**
 * Every command on a recommendation. Each checks, in one transaction: the user's role and object-level right
 * (an agency officer only where their agency leads or coordinates; an association representative only issues
 * their association submitted or backs, plus public ones for reading), that the current state allows the
 * action ({@link IssueWorkflow}), and the input; then records the move in the timeline. A refused move throws
 * {@link ValidationException} with key {@code issue.IssueService.actionNotAllowed} (args: the action's and the
 * state's label keys); an issue the user may not see behaves as missing ({@link RecordNotFoundException}); a
 * stale {@code expectedVersion} throws {@link OptimisticLockingFailureException}.
 * <p>
 * Parties: the first enterprise and the first association listed are submitters, the others backers. An issue
 * needs at least one party, except when it came by hotline, e-mail, document or a partner system's API, where the
 * sender may not be a registered firm or association.
 */
@Service
public class IssueService {

    static final String KEY = "issue.IssueService.";
    static final String READERS = "hasAnyRole('INVESTMENT_OFFICER','AGENCY_OFFICER','ASSOCIATION_REP','LEADER','ADMIN')";
    static final String INVESTMENT = "hasRole('INVESTMENT_OFFICER')";
    static final String ASSOCIATION = "hasRole('ASSOCIATION_REP')";
    static final int MAX_FIRMS = 100;
    static final Set<IssueChannel> WITHOUT_PARTY = Set.of(IssueChannel.HOTLINE, IssueChannel.EMAIL, IssueChannel.DOCUMENT,
            IssueChannel.PARTNER_API);
    static final int MAX_EXTENSION_DAYS = 365;

    private final IssueRepository issues;
    private final IssueEventRepository events;
    private final IssueFeedbackRepository feedback;
    private final IssueFieldRepository fields;
    private final IssueCodeCounter codes;
    private final IssueAccess access;
    private final IssueDetailsAssembler assembler;
    private final AgencyService agencies;
    private final AssociationService associations;
    private final EnterpriseService enterprises;
    private final DdciLookup ddci;
    private final WorkingDayCalendar calendar;
    private final ObjectProvider<DialogueDirectory> dialogues;
    private final IssueClock clock;
    private final IssueNews news;

    IssueService(IssueRepository issues, IssueEventRepository events, IssueFeedbackRepository feedback,
                 IssueFieldRepository fields, IssueCodeCounter codes, IssueAccess access, IssueDetailsAssembler assembler,
                 AgencyService agencies, AssociationService associations, EnterpriseService enterprises, DdciLookup ddci,
                 WorkingDayCalendar calendar, ObjectProvider<DialogueDirectory> dialogues, IssueClock clock,
                 IssueNews news) {
        this.issues = issues;
        this.events = events;
        this.feedback = feedback;
        this.fields = fields;
        this.codes = codes;
        this.access = access;
        this.assembler = assembler;
        this.agencies = agencies;
        this.associations = associations;
        this.enterprises = enterprises;
        this.ddci = ddci;
        this.calendar = calendar;
        this.dialogues = dialogues;
        this.clock = clock;
        this.news = news;
    }

    @Transactional
    @PreAuthorize(INVESTMENT)
    public IssueDetails create(NewIssue command) {
        Me me = access.me();
        if (!IssueWorkflow.mayCreate(me.role())) {
            throw notAllowed(IssueAction.CREATE, null);
        }
        LocalDate today = clock.today();
        LocalDate receivedOn = command.receivedOn() == null ? today : command.receivedOn();
        Violations violations = new Violations();
        String title = Violations.clean(command.title());
        String content = Violations.clean(command.content());
        IssueIntakeRules.checkText(violations, title, content);
        IssueIntakeRules.checkChannel(violations, command.channel(), command.dialogueId());
        IssueIntakeRules.checkReceivedOn(violations, receivedOn, today);
        IssueField field = checkField(violations, command.fieldId(), null);
        if (command.dialogueId() != null) {
            checkDialogue(violations, command.dialogueId());
        }
        List<IssuePartyLink> parties = checkParties(violations, command.enterpriseIds(), command.associationIds(),
                command.channel());
        Set<Long> components = checkDdci(violations, command.ddciComponentIds());
        violations.throwIfAny();

        Issue issue = new Issue(codes.nextCode(receivedOn.getYear()), title, content, command.channel(), field.getId(),
                command.priority() == null ? IssuePriority.NORMAL : command.priority(), receivedOn, clock.now());
        issue.setPublic(command.isPublic());
        issue.setDialogueId(command.dialogueId());
        if (command.dialogueId() != null) {
            issue.addDialogue(command.dialogueId(), clock.now());
        }
        issue.replaceParties(parties);
        issue.replaceDdciComponents(components);
        Issue saved = issues.saveAndFlush(issue);
        record(saved, me, IssueAction.CREATE, null, IssueState.RECEIVED, null, null, null, null);
        return assembler.details(saved, me);
    }

    /**
     * An association representative files a concern for their association through the portal: it enters the
     * investment department's intake as {@link IssueState#RECEIVED}, channel {@link IssueChannel#ASSOCIATION_PORTAL},
     * with the association as submitter and the firms named by tax code (the first as submitter, the others backers).
     */
    @Transactional
    @PreAuthorize(ASSOCIATION)
    public IssueDetails submit(AssociationSubmission submission) {
        Me me = access.me();
        if (me.associationId() == null) {
            throw new AccessDeniedException("The portal files for the representative's own association");
        }
        Violations violations = new Violations();
        String title = Violations.clean(submission.title());
        String content = Violations.clean(submission.content());
        IssueIntakeRules.checkText(violations, title, content);
        IssueField field = checkField(violations, submission.fieldId(), null);
        List<Long> firms = checkTaxCodes(violations, submission.taxCodes());
        violations.throwIfAny();

        LocalDate today = clock.today();
        Issue issue = new Issue(codes.nextCode(today.getYear()), title, content, IssueChannel.ASSOCIATION_PORTAL,
                field.getId(), IssuePriority.NORMAL, today, clock.now());
        issue.setPublic(submission.mayPublish());
        List<IssuePartyLink> parties = new ArrayList<>();
        parties.add(IssuePartyLink.association(me.associationId(), PartyRole.SUBMITTER));
        firms.forEach(id -> parties.add(IssuePartyLink.enterprise(id, parties.size() == 1 ? PartyRole.SUBMITTER
                : PartyRole.BACKER)));
        issue.replaceParties(parties);
        Issue saved = issues.saveAndFlush(issue);
        record(saved, me, IssueAction.CREATE, null, IssueState.RECEIVED, null, null, null, null);
        return assembler.details(saved, me);
    }

    /**
     * The representative's association backs an open issue instead of filing a duplicate: it joins as a backer
     * with the member firms named by tax code (firms already behind the issue are not counted twice). Only a
     * representative whose association is not yet a party may ({@link IssueWorkflow}).
     */
    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails back(long id, List<String> taxCodes) {
        Move move = begin(id, null, IssueAction.BACK);
        Violations violations = new Violations();
        List<Long> firms = checkTaxCodes(violations, taxCodes);
        violations.throwIfAny();
        Issue issue = move.issue();
        issue.addParty(IssuePartyLink.association(move.me().associationId(), PartyRole.BACKER));
        firms.forEach(firm -> issue.addParty(IssuePartyLink.enterprise(firm, PartyRole.BACKER)));
        return finish(move, IssueAction.BACK, null, null, null, null);
    }

    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails edit(long id, IssueEdit edit, long expectedVersion) {
        Move move = begin(id, expectedVersion, IssueAction.EDIT);
        Issue issue = move.issue();
        Violations violations = new Violations();
        String title = Violations.clean(edit.title());
        String content = Violations.clean(edit.content());
        IssueIntakeRules.checkText(violations, title, content);
        IssueField field = checkField(violations, edit.fieldId(), issue.getFieldId());
        List<IssuePartyLink> parties = checkParties(violations, edit.enterpriseIds(), edit.associationIds(), issue.getChannel());
        Set<Long> components = checkDdci(violations, edit.ddciComponentIds());
        violations.check(!components.isEmpty() || issue.getLeadAgencyId() == null, "ddciComponentIds", KEY + "ddciRequired")
                .throwIfAny();
        issue.setTitle(title);
        issue.setContent(content);
        issue.setFieldId(field.getId());
        issue.setPriority(edit.priority() == null ? issue.getPriority() : edit.priority());
        issue.setPublic(edit.isPublic());
        issue.replaceParties(parties);
        issue.replaceDdciComponents(components);
        return finish(move, IssueAction.EDIT, null, null, null, null);
    }

    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails classify(long id, String note, long expectedVersion) {
        Move move = begin(id, expectedVersion, IssueAction.CLASSIFY);
        return finish(move, IssueAction.CLASSIFY, Violations.clean(note), null, null, null);
    }

    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails assign(long id, Assignment assignment, long expectedVersion) {
        Move move = begin(id, expectedVersion, IssueAction.ASSIGN);
        Violations violations = new Violations();
        LocalDate deadline = checkAssignment(violations, move.issue(), assignment);
        violations.throwIfAny();
        return applyAssignment(move, assignment, deadline);
    }

    /** All or nothing: one refused issue refuses the whole batch. */
    @Transactional
    @PreAuthorize(INVESTMENT)
    public List<IssueDetails> assignAll(Set<Long> ids, Assignment assignment) {
        List<Move> moves = ids.stream().sorted().map(id -> begin(id, null, IssueAction.ASSIGN)).toList();
        List<LocalDate> deadlines = new ArrayList<>();
        for (Move move : moves) {
            Violations violations = new Violations();
            deadlines.add(checkAssignment(violations, move.issue(), assignment));
            if (!violations.isEmpty()) {
                violations.add(null, KEY + "bulkIssueRefused", move.issue().getCode()).throwIfAny();
            }
        }
        List<IssueDetails> result = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            result.add(applyAssignment(moves.get(i), assignment, deadlines.get(i)));
        }
        return result;
    }

    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails start(long id, String note, long expectedVersion) {
        Move move = begin(id, expectedVersion, IssueAction.START);
        return finish(move, IssueAction.START, Violations.clean(note), null, null, move.me().agencyId());
    }

    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails contribute(long id, String note) {
        Move move = begin(id, null, IssueAction.CONTRIBUTE);
        String text = Violations.clean(note);
        new Violations().require("note", text).throwIfAny();
        return finish(move, IssueAction.CONTRIBUTE, text, null, null, move.me().agencyId());
    }

    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails answer(long id, Answer answer, long expectedVersion) {
        Move move = begin(id, expectedVersion, IssueAction.ANSWER);
        Violations violations = new Violations();
        violations.require("kind", answer == null ? null : answer.kind());
        String text = answer == null ? null : Violations.clean(answer.text());
        violations.require("text", text);
        boolean written = answer != null && answer.kind() == AnswerKind.WRITTEN;
        String number = written ? Violations.clean(answer.documentNumber()) : null;
        LocalDate date = written ? answer.documentDate() : null;
        if (written) {
            violations.require("documentNumber", number).maxLength("documentNumber", number, Issue.DOCUMENT_NUMBER_MAX)
                    .require("documentDate", date)
                    .check(date == null || !date.isAfter(clock.today()), "documentDate", KEY + "dateInFuture");
        }
        violations.throwIfAny();
        move.issue().answer(answer.kind(), text, number, date, clock.today());
        return finish(move, IssueAction.ANSWER, text, null, null, move.issue().getLeadAgencyId());
    }

    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails giveFeedback(long id, Feedback given, long expectedVersion) {
        IssueAction action = given.satisfied() ? IssueAction.FEEDBACK_SATISFIED : IssueAction.FEEDBACK_UNSATISFIED;
        Move move = begin(id, expectedVersion, action);
        Me me = move.me();
        Issue issue = move.issue();
        String comment = Violations.clean(given.comment());
        boolean officer = me.role() != Role.ASSOCIATION_REP;
        new Violations()
                .check(given.score() >= 1 && given.score() <= 5, "score", KEY + "scoreRange")
                .maxLength("comment", comment, IssueFeedbackRecord.COMMENT_MAX)
                .check(!officer || given.onBehalf(), "onBehalf", KEY + "onBehalfRequired")
                .check(officer || !given.onBehalf(), "onBehalf", KEY + "onBehalfOnlyForOfficers")
                .throwIfAny();
        if (me.accountId() == null) {
            throw new AccessDeniedException("Feedback is recorded by a signed-in account");
        }
        Long associationId = officer ? submitterAssociation(issue) : me.associationId();
        feedback.save(new IssueFeedbackRecord(issue.getId(), clock.now(), given.satisfied(), given.score(), comment,
                given.onBehalf(), me.accountId(), associationId));
        LocalDate oldDeadline = null;
        LocalDate newDeadline = null;
        if (!given.satisfied()) {
            oldDeadline = issue.getDeadline();
            newDeadline = calendar.addWorkingDays(clock.today(), field(issue).getDefaultDeadlineDays());
            issue.reopen(newDeadline);
        }
        return finish(move, action, comment, oldDeadline, newDeadline, null);
    }

    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails close(long id, String note, long expectedVersion) {
        Move move = begin(id, expectedVersion, IssueAction.CLOSE);
        move.issue().setClosedOn(clock.today());
        return finish(move, IssueAction.CLOSE, Violations.clean(note), null, null, null);
    }

    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails resume(long id, String note, long expectedVersion) {
        Move move = begin(id, expectedVersion, IssueAction.RESUME);
        return finish(move, IssueAction.RESUME, Violations.clean(note), null, null, move.me().agencyId());
    }

    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails forward(long id, long ministryAgencyId, LocalDate forwardedOn, String note, long expectedVersion) {
        Move move = begin(id, expectedVersion, IssueAction.FORWARD);
        Optional<AgencySummary> ministry = agencies.find(ministryAgencyId);
        new Violations()
                .check(ministry.filter(a -> a.kind() == AgencyKind.CENTRAL_AGENCY).isPresent(), "ministryAgencyId",
                        KEY + "notCentralAgency")
                .require("forwardedOn", forwardedOn)
                .check(forwardedOn == null || !forwardedOn.isAfter(clock.today()), "forwardedOn", KEY + "dateInFuture")
                .throwIfAny();
        move.issue().forward(ministryAgencyId, forwardedOn);
        return finish(move, IssueAction.FORWARD, Violations.clean(note), null, null, ministryAgencyId);
    }

    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails reject(long id, String reason, long expectedVersion) {
        Move move = begin(id, expectedVersion, IssueAction.REJECT);
        String text = Violations.clean(reason);
        new Violations().require("reason", text).maxLength("reason", text, Issue.REJECTION_REASON_MAX).throwIfAny();
        move.issue().setRejectionReason(text);
        return finish(move, IssueAction.REJECT, text, null, null, null);
    }

    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails withdraw(long id, String note, long expectedVersion) {
        Move move = begin(id, expectedVersion, IssueAction.WITHDRAW);
        return finish(move, IssueAction.WITHDRAW, Violations.clean(note), null, null, null);
    }

    /** The lead agency asks for more time; only the investment department grants it ({@link #extend}). */
    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails requestExtension(long id, LocalDate wantedDeadline, String reason) {
        Move move = begin(id, null, IssueAction.REQUEST_EXTENSION);
        String text = Violations.clean(reason);
        Violations violations = new Violations();
        checkNewDeadline(violations, "wantedDeadline", move.issue(), wantedDeadline);
        violations.require("reason", text).throwIfAny();
        return finish(move, IssueAction.REQUEST_EXTENSION, text, move.issue().getDeadline(), wantedDeadline,
                move.me().agencyId());
    }

    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails extend(long id, LocalDate newDeadline, String reason, long expectedVersion) {
        Move move = begin(id, expectedVersion, IssueAction.EXTEND);
        String text = Violations.clean(reason);
        Violations violations = new Violations();
        checkNewDeadline(violations, "newDeadline", move.issue(), newDeadline);
        violations.require("reason", text).throwIfAny();
        return applyExtension(move, newDeadline, text);
    }

    /** Adds {@code workingDays} to each deadline; all or nothing. */
    @Transactional
    @PreAuthorize(INVESTMENT)
    public List<IssueDetails> extendAll(Set<Long> ids, int workingDays, String reason) {
        String text = Violations.clean(reason);
        new Violations().require("reason", text)
                .check(workingDays >= 1 && workingDays <= MAX_EXTENSION_DAYS, "workingDays", KEY + "extensionDaysRange",
                        1, MAX_EXTENSION_DAYS)
                .throwIfAny();
        List<Move> moves = ids.stream().sorted().map(id -> begin(id, null, IssueAction.EXTEND)).toList();
        return moves.stream().map(move -> applyExtension(move,
                calendar.addWorkingDays(move.issue().getDeadline(), workingDays), text)).toList();
    }

    /** Records that the issue was brought to another dialogue session; doing it twice changes nothing. */
    @Transactional
    @PreAuthorize(READERS)
    public IssueDetails carryOver(long id, long dialogueId) {
        Move move = begin(id, null, IssueAction.CARRY_OVER);
        Violations violations = new Violations();
        Optional<DialogueRef> dialogue = checkDialogue(violations, dialogueId);
        violations.throwIfAny();
        if (!move.issue().addDialogue(dialogueId, clock.now())) {
            return assembler.details(move.issue(), move.me());
        }
        return finish(move, IssueAction.CARRY_OVER, dialogue.map(DialogueRef::title).orElse(null), null, null, null);
    }

    /** Empty when the issue does not exist or the user may not see it. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Optional<IssueDetails> find(long id) {
        Me me = access.me();
        return issues.findById(id).filter(issue -> IssueAccess.canSee(issue, me)).map(issue -> assembler.details(issue, me));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Optional<IssueDetails> findByCode(String code) {
        Me me = access.me();
        String cleaned = Violations.clean(code);
        return cleaned == null ? Optional.empty() : issues.findByCode(cleaned.toUpperCase())
                .filter(issue -> IssueAccess.canSee(issue, me)).map(issue -> assembler.details(issue, me));
    }

    /** Like {@link #find(long)}, but as {@code audience} would see it (a partner system acting for an association). */
    @Transactional(readOnly = true)
    @PreAuthorize(IssueQueryService.SEES_EVERYTHING)
    public Optional<IssueDetails> find(long id, IssueAudience audience) {
        Me me = audience.narrow(access.me());
        return issues.findById(id).filter(issue -> IssueAccess.canSee(issue, me)).map(issue -> assembler.details(issue, me));
    }

    // --- moves -------------------------------------------------------------------------------------------

    private record Move(Issue issue, Me me, IssueState from, IssueState to) {
    }

    /** Loads a visible issue, checks its version and whether the workflow allows the action to this user. */
    private Move begin(long id, Long expectedVersion, IssueAction action) {
        Me me = access.me();
        Issue issue = issues.findById(id).filter(found -> IssueAccess.canSee(found, me))
                .orElseThrow(() -> new RecordNotFoundException("Issue", id));
        if (expectedVersion != null && issue.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Issue " + issue.getCode() + " was changed by someone else");
        }
        IssueState to = IssueWorkflow.target(issue.getState(), action, IssueAccess.standing(issue, me))
                .orElseThrow(() -> notAllowed(action, issue.getState()));
        return new Move(issue, me, issue.getState(), to);
    }

    private IssueDetails finish(Move move, IssueAction action, String note, LocalDate oldDeadline, LocalDate newDeadline,
                                Long agencyId) {
        move.issue().setState(move.to());
        Issue saved = issues.saveAndFlush(move.issue());
        record(saved, move.me(), action, move.from(), move.to(), note, oldDeadline, newDeadline, agencyId);
        return assembler.details(saved, move.me());
    }

    private void record(Issue issue, Me me, IssueAction action, IssueState from, IssueState to, String note,
                        LocalDate oldDeadline, LocalDate newDeadline, Long agencyId) {
        events.saveAndFlush(new IssueEvent(issue.getId(), clock.now(), me.accountId(), me.name(), action, from, to, note,
                oldDeadline, newDeadline, agencyId));
        news.recorded(issue, action);
    }

    private static ValidationException notAllowed(IssueAction action, IssueState state) {
        return new ValidationException(null, KEY + "actionNotAllowed", new TranslationKey("issue.IssueAction." + action.name()),
                state == null ? "—" : new TranslationKey("issue.IssueState." + state.name()));
    }

    private IssueDetails applyAssignment(Move move, Assignment assignment, LocalDate deadline) {
        Issue issue = move.issue();
        LocalDate oldDeadline = issue.getDeadline();
        issue.setLeadAgencyId(assignment.leadAgencyId());
        issue.replaceCoordinators(coordinators(assignment));
        issue.setDeadline(deadline);
        if (issue.getAssignedOn() == null) {
            issue.setAssignedOn(clock.today());
        }
        return finish(move, IssueAction.ASSIGN, Violations.clean(assignment.note()), oldDeadline, deadline,
                assignment.leadAgencyId());
    }

    private IssueDetails applyExtension(Move move, LocalDate newDeadline, String reason) {
        LocalDate oldDeadline = move.issue().getDeadline();
        move.issue().setDeadline(newDeadline);
        return finish(move, IssueAction.EXTEND, reason, oldDeadline, newDeadline, null);
    }

    // --- checks ------------------------------------------------------------------------------------------

    /** An active field, or the issue's current one even if it has been deactivated since. */
    private IssueField checkField(Violations violations, long fieldId, Long currentFieldId) {
        Optional<IssueField> field = fields.findById(fieldId)
                .filter(f -> f.isActive() || Objects.equals(f.getId(), currentFieldId));
        violations.check(field.isPresent(), "fieldId", KEY + "unknownField");
        return field.orElse(null);
    }

    private Optional<DialogueRef> checkDialogue(Violations violations, long dialogueId) {
        DialogueDirectory directory = dialogues.getIfAvailable();
        if (directory == null) {
            return Optional.empty();
        }
        Optional<DialogueRef> dialogue = directory.find(dialogueId);
        violations.check(dialogue.isPresent(), "dialogueId", KEY + "unknownDialogue");
        return dialogue;
    }

    private List<IssuePartyLink> checkParties(Violations violations, List<Long> enterpriseIds, List<Long> associationIds,
                                              IssueChannel channel) {
        return IssueIntakeRules.parties(violations, enterpriseIds, associationIds, channel,
                id -> enterprises.find(id).isPresent(), id -> associations.find(id).isPresent());
    }

    /** Registered enterprises by tax code, in the order given, each once; codes as people type them. */
    private List<Long> checkTaxCodes(Violations violations, List<String> taxCodes) {
        List<String> codes = taxCodes == null ? List.of() : taxCodes.stream().map(TaxCode::normalize)
                .filter(Objects::nonNull).distinct().toList();
        violations.check(codes.size() <= MAX_FIRMS, "taxCodes", KEY + "tooManyFirms", MAX_FIRMS);
        Set<Long> firms = new LinkedHashSet<>();
        for (String code : codes) {
            if (!TaxCode.isValid(code)) {
                violations.add("taxCodes", KEY + "invalidTaxCode", code);
            } else {
                enterprises.findByTaxCode(code).ifPresentOrElse(firm -> firms.add(firm.id()),
                        () -> violations.add("taxCodes", KEY + "unknownTaxCode", code));
            }
        }
        return List.copyOf(firms);
    }

    private Set<Long> checkDdci(Violations violations, Set<Long> componentIds) {
        if (componentIds == null || componentIds.isEmpty()) {
            return Set.of();
        }
        Map<Long, DdciComponentDetails> known = ddci.components();
        violations.check(known.keySet().containsAll(componentIds), "ddciComponentIds", KEY + "unknownDdciComponent");
        return Set.copyOf(componentIds);
    }

    /** Returns the deadline the assignment sets: the one given, the current one on re-assignment, or the default. */
    private LocalDate checkAssignment(Violations violations, Issue issue, Assignment assignment) {
        LocalDate today = clock.today();
        IssueIntakeRules.checkAssignment(violations, issue.getDdciComponentIds(), assignment.leadAgencyId(),
                coordinators(assignment), id -> agencies.find(id).filter(a -> a.activeOn(today)).isPresent());
        LocalDate deadline = assignment.deadline();
        if (deadline != null) {
            violations.check(!deadline.isBefore(today), "deadline", KEY + "deadlineInPast")
                    .check(calendar.isWorkingDay(deadline), "deadline", KEY + "deadlineNotWorkingDay");
            return deadline;
        }
        if (issue.getState().awaitingAnswer() && issue.getDeadline() != null) {
            return issue.getDeadline();
        }
        return IssueIntakeRules.defaultDeadline(calendar, today, field(issue).getDefaultDeadlineDays());
    }

    private void checkNewDeadline(Violations violations, String fieldName, Issue issue, LocalDate wanted) {
        violations.require(fieldName, wanted);
        if (wanted != null) {
            violations.check(issue.getDeadline() == null || wanted.isAfter(issue.getDeadline()), fieldName,
                            KEY + "deadlineNotLater")
                    .check(calendar.isWorkingDay(wanted), fieldName, KEY + "deadlineNotWorkingDay");
        }
    }

    private static Set<Long> coordinators(Assignment assignment) {
        return assignment.coordinatorAgencyIds() == null ? Set.of() : Set.copyOf(assignment.coordinatorAgencyIds());
    }

    private IssueField field(Issue issue) {
        return fields.findById(issue.getFieldId()).orElseThrow();
    }

    private static Long submitterAssociation(Issue issue) {
        return issue.getParties().stream().filter(IssuePartyLink::isSubmitter)
                .map(IssuePartyLink::getAssociationId).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
