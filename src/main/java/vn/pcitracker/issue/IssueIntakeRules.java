package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.issue.domain.Issue;
import vn.pcitracker.issue.domain.IssuePartyLink;
import vn.pcitracker.issue.domain.IssuePartyLink.PartyRole;
import vn.pcitracker.shared.Violations;

/**
 * The rules a recommendation must meet to be logged and to be assigned, written once for the two ways in: one at a
 * time ({@link IssueService}) and many from a file ({@link IssueImportService}). Each adds to {@link Violations}
 * with the field names of {@link NewIssue} and {@link Assignment}; the callers look the records up their own way
 * (one by one, or all at once) and pass what they found.
 */
final class IssueIntakeRules {

    static final String KEY = IssueService.KEY;

    private IssueIntakeRules() {
    }

    static void checkText(Violations violations, String title, String content) {
        violations.require("title", title).maxLength("title", title, Issue.TITLE_MAX).require("content", content);
    }

    static void checkReceivedOn(Violations violations, LocalDate receivedOn, LocalDate today) {
        violations.check(!receivedOn.isAfter(today), "receivedOn", KEY + "receivedInFuture");
    }

    /** A channel is required; a recommendation raised at a dialogue names the session. */
    static void checkChannel(Violations violations, IssueChannel channel, Long dialogueId) {
        violations.require("channel", channel);
        if (channel == IssueChannel.DIALOGUE) {
            violations.require("dialogueId", dialogueId);
        }
    }

    /**
     * The parties in the order given, each once: the first enterprise and the first association are submitters, the
     * others backers. At least one party, except for the channels whose sender may not be registered.
     */
    static List<IssuePartyLink> parties(Violations violations, Collection<Long> enterpriseIds,
                                        Collection<Long> associationIds, IssueChannel channel,
                                        LongPredicate enterpriseExists, LongPredicate associationExists) {
        Set<Long> firms = enterpriseIds == null ? Set.of() : new LinkedHashSet<>(enterpriseIds);
        Set<Long> groups = associationIds == null ? Set.of() : new LinkedHashSet<>(associationIds);
        violations.check(!firms.isEmpty() || !groups.isEmpty() || channel == null
                        || IssueService.WITHOUT_PARTY.contains(channel), "enterpriseIds", KEY + "partyRequired");
        violations.check(firms.stream().allMatch(id -> id != null && enterpriseExists.test(id)),
                "enterpriseIds", KEY + "unknownEnterprise");
        violations.check(groups.stream().allMatch(id -> id != null && associationExists.test(id)),
                "associationIds", KEY + "unknownAssociation");
        List<IssuePartyLink> parties = new ArrayList<>();
        firms.stream().filter(Objects::nonNull).forEach(id -> parties.add(IssuePartyLink.enterprise(id,
                parties.isEmpty() ? PartyRole.SUBMITTER : PartyRole.BACKER)));
        boolean first = true;
        for (Long id : groups) {
            if (id != null) {
                parties.add(IssuePartyLink.association(id, first ? PartyRole.SUBMITTER : PartyRole.BACKER));
                first = false;
            }
        }
        return parties;
    }

    /**
     * What an assignment needs besides the workflow's consent: a DDCI component on the issue, an active lead agency,
     * coordinators that are active and not the lead.
     */
    static void checkAssignment(Violations violations, Set<Long> ddciComponentIds, long leadAgencyId,
                                Set<Long> coordinatorIds, LongPredicate activeAgency) {
        violations.check(!ddciComponentIds.isEmpty(), "ddciComponentIds", KEY + "ddciRequired")
                .check(activeAgency.test(leadAgencyId), "leadAgencyId", KEY + "leadAgencyInactive")
                .check(!coordinatorIds.contains(leadAgencyId), "coordinatorAgencyIds", KEY + "coordinatorIsLead")
                .check(coordinatorIds.stream().allMatch(activeAgency::test), "coordinatorAgencyIds",
                        KEY + "coordinatorInactive");
    }

    /** The deadline of a first assignment that names none: the field's default number of working days from today. */
    static LocalDate defaultDeadline(WorkingDayCalendar calendar, LocalDate today, int fieldDefaultDays) {
        return calendar.addWorkingDays(today, fieldDefaultDays);
    }
}
