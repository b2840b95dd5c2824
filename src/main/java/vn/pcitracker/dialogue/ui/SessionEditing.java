package vn.pcitracker.dialogue.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.pcitracker.dialogue.DialogueForm;
import vn.pcitracker.dialogue.DialogueSummary;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;

/** Who may log sessions, and the session form with the choices it offers; shared by the list and the session page. */
final class SessionEditing {

    private SessionEditing() {
    }

    /** Only for showing buttons: the service checks again. */
    static boolean mayWrite(CurrentUser currentUser) {
        return currentUser.get().map(user -> user.is(Role.INVESTMENT_OFFICER) || user.is(Role.ADMIN)).orElse(false);
    }

    /** Active agencies and associations, plus the session's own even if they have been retired since. */
    static DialogueFormDialog dialog(DialogueSummary existing, AgencyService agencies, AssociationService associations,
                                     Consumer<DialogueForm> onSave) {
        List<AgencySummary> agencyChoices = new ArrayList<>(agencies.activeAgencies());
        List<AssociationSummary> associationChoices = new ArrayList<>(associations.activeAssociations());
        if (existing != null) {
            if (agencyChoices.stream().noneMatch(a -> a.id() == existing.hostAgencyId())) {
                agencies.find(existing.hostAgencyId()).ifPresent(agencyChoices::add);
            }
            existing.associationIds().stream()
                    .filter(id -> associationChoices.stream().noneMatch(a -> a.id() == id))
                    .forEach(id -> associations.find(id).ifPresent(associationChoices::add));
        }
        return new DialogueFormDialog(existing, agencyChoices, associationChoices, onSave);
    }
}
