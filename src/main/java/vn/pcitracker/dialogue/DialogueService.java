package vn.pcitracker.dialogue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.dialogue.domain.DialogueSession;
import vn.pcitracker.dialogue.domain.DialogueSessionRepository;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.IssueSort;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.SearchText;
import vn.pcitracker.shared.Violations;

/**
 * Dialogue sessions: everyone signed in reads them, investment officers (and administrators) log and correct
 * them. Sessions are never deleted: recommendations keep pointing at them.
 */
@Service
public class DialogueService {

    /** Who may log and edit sessions. */
    public static final String MAY_WRITE = "hasAnyRole('" + Role.Names.INVESTMENT_OFFICER + "', '" + Role.Names.ADMIN + "')";
    /**
     * Who reads sessions (their minutes, attendees, host): the roles that open the session pages. Association
     * representatives see a recommendation's session only as its title, through the issue module's directory.
     */
    public static final String MAY_READ = "hasAnyRole('" + Role.Names.INVESTMENT_OFFICER + "', '" + Role.Names.LEADER
            + "', '" + Role.Names.ADMIN + "', '" + Role.Names.AGENCY_OFFICER + "')";
    /** Recommendations that can still be carried over into a later session. */
    public static final Set<IssueState> OPEN_STATES = EnumSet.of(IssueState.RECEIVED, IssueState.CLASSIFIED,
            IssueState.ASSIGNED, IssueState.IN_PROGRESS, IssueState.REOPENED);

    static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String KEY = "dialogue.DialogueService.";
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    /** Pages read from the issue inbox query, well under its largest page. */
    private static final int PAGE = 200;

    private final DialogueSessionRepository sessions;
    private final AgencyService agencies;
    private final AssociationService associations;
    private final IssueQueryService issues;

    DialogueService(DialogueSessionRepository sessions, AgencyService agencies, AssociationService associations,
                    IssueQueryService issues) {
        this.sessions = sessions;
        this.agencies = agencies;
        this.associations = associations;
        this.issues = issues;
    }

    /**
     * Sessions newest first. {@code text} matches title, place and chair ignoring case and Vietnamese diacritics;
     * {@code kind} and {@code year} are optional; blank text and nulls list everything.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(MAY_READ)
    public List<DialogueSummary> list(String text, DialogueKind kind, Integer year) {
        LocalDate from = year == null ? EARLIEST : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? LATEST : LocalDate.of(year, 12, 31);
        return sessions.search(containsPattern(text), kind == null ? "" : kind.name(), from, to).stream()
                .map(DialogueSession::toSummary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(MAY_READ)
    public Optional<DialogueSummary> find(long id) {
        return sessions.findById(id).map(DialogueSession::toSummary);
    }

    @Transactional
    @PreAuthorize(MAY_WRITE)
    public DialogueSummary create(DialogueForm form) {
        check(form);
        return save(new DialogueSession(form.kind(), Violations.clean(form.title()), form.heldOn(), form.hostAgencyId()), form);
    }

    @Transactional
    @PreAuthorize(MAY_WRITE)
    public DialogueSummary update(long id, DialogueForm form, long expectedVersion) {
        DialogueSession session = sessions.findById(id).orElseThrow(() -> new RecordNotFoundException("DialogueSession", id));
        if (session.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Dialogue session " + id + " was changed by someone else");
        }
        check(form);
        return save(session, form);
    }

    /**
     * Open recommendations (see {@link #OPEN_STATES}) received on or before the session's date that have not yet
     * passed through it, oldest first, at most {@code limit}: what an officer may carry over into the session.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(MAY_WRITE)
    public List<IssueListItem> carryOverCandidates(long sessionId, int limit) {
        DialogueSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new RecordNotFoundException("DialogueSession", sessionId));
        Set<Long> here = new HashSet<>();
        IssueFilter inSession = new IssueFilter(null, Set.of(), null, null, null, null, null, null, null, null, sessionId);
        for (int offset = 0; ; offset += PAGE) {
            List<IssueListItem> page = issues.search(inSession, IssueSort.NEWEST, offset, PAGE);
            page.forEach(issue -> here.add(issue.id()));
            if (page.size() < PAGE) {
                break;
            }
        }
        IssueFilter open = new IssueFilter(null, OPEN_STATES, null, null, null, null, null, null, session.getHeldOn(), null, null);
        List<IssueListItem> candidates = new ArrayList<>();
        for (int offset = 0; candidates.size() < limit; offset += PAGE) {
            List<IssueListItem> page = issues.search(open, IssueSort.OLDEST, offset, PAGE);
            page.stream().filter(issue -> !here.contains(issue.id())).limit(limit - candidates.size()).forEach(candidates::add);
            if (page.size() < PAGE) {
                break;
            }
        }
        return candidates;
    }

    private void check(DialogueForm form) {
        Violations violations = new Violations()
                .require("kind", form.kind())
                .require("title", form.title()).maxLength("title", form.title(), DialogueForm.TITLE_MAX)
                .require("heldOn", form.heldOn())
                .maxLength("place", form.place(), DialogueForm.PLACE_MAX)
                .require("hostAgencyId", form.hostAgencyId())
                .maxLength("chair", form.chair(), DialogueForm.CHAIR_MAX)
                .maxLength("minutes", form.minutes(), DialogueForm.MINUTES_MAX);
        LocalDate today = LocalDate.now(PROVINCE_TIME);
        if (form.heldOn() != null) {
            violations.check(!form.heldOn().isAfter(today.plusYears(1)), "heldOn", KEY + "heldOnTooFarAhead");
        }
        if (form.hostAgencyId() != null) {
            // Active on the day of the session, so that a session of 2024 hosted by a department merged in 2025 stays editable.
            LocalDate day = form.heldOn() == null ? today : form.heldOn();
            violations.check(agencies.find(form.hostAgencyId()).filter(agency -> agency.activeOn(day)).isPresent(),
                    "hostAgencyId", KEY + "hostAgencyInactive");
        }
        if (form.firmsAttending() != null) {
            violations.check(form.firmsAttending() >= 0, "firmsAttending", KEY + "firmsNegative");
        }
        for (Long associationId : form.associationIds()) {
            if (associationId == null || associations.find(associationId).isEmpty()) {
                violations.add("associationIds", KEY + "associationUnknown");
                break;
            }
        }
        violations.throwIfAny();
    }

    private DialogueSummary save(DialogueSession session, DialogueForm form) {
        session.setKind(form.kind());
        session.setTitle(Violations.clean(form.title()));
        session.setHeldOn(form.heldOn());
        session.setPlace(Violations.clean(form.place()));
        session.setHostAgencyId(form.hostAgencyId());
        session.setChair(Violations.clean(form.chair()));
        session.replaceAssociations(form.associationIds());
        session.setFirmsAttending(form.firmsAttending());
        session.setMinutes(cleanMinutes(form.minutes()));
        return sessions.saveAndFlush(session).toSummary();
    }

    // Minutes keep their inner line breaks and indentation; only surrounding blank lines go.
    private static String cleanMinutes(String minutes) {
        return minutes == null || minutes.isBlank() ? null : minutes.strip();
    }

    /** A LIKE pattern that matches {@code text} literally anywhere; blank matches everything. */
    static String containsPattern(String text) {
        return SearchText.containsPattern(text);
    }
}
