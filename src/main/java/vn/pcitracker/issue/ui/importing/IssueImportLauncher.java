package vn.pcitracker.issue.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.pcitracker.issue.DialogueDirectory;
import vn.pcitracker.issue.DialogueRef;
import vn.pcitracker.issue.ImportTarget;
import vn.pcitracker.issue.ImportedIssue;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssueImportService;
import vn.pcitracker.issue.RecommendationImport;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.importing.ImportLink;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.ui.ImportWizard;

/**
 * Opens the import wizard for recommendations ({@link RecommendationImport}) on the current UI: into one dialogue
 * session, or from the inbox after choosing a session or a channel. Only investment officers may import (the
 * service checks; views show the button to them alone, {@link #mayImport}).
 */
@Component
public class IssueImportLauncher {

    static final String KEY = "issue.IssueImportLauncher.";
    static final int DIALOGUES_OFFERED = 50;

    private final ImportSessions sessions;
    private final IssueImportService imports;
    private final IssueFieldService fields;
    private final AgencyService agencies;
    private final AssociationService associations;
    private final ObjectProvider<DialogueDirectory> dialogues;
    private final CurrentUser currentUser;

    IssueImportLauncher(ImportSessions sessions, IssueImportService imports, IssueFieldService fields,
                        AgencyService agencies, AssociationService associations,
                        ObjectProvider<DialogueDirectory> dialogues, CurrentUser currentUser) {
        this.sessions = sessions;
        this.imports = imports;
        this.fields = fields;
        this.agencies = agencies;
        this.associations = associations;
        this.dialogues = dialogues;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in user may import recommendations: those who log them, investment officers. */
    public boolean mayImport() {
        return currentUser.get().filter(user -> user.is(Role.INVESTMENT_OFFICER)).isPresent();
    }

    /** The wizard for everything raised at one session; the result links back to the session's page. */
    public ImportWizard<ImportedIssue> openForDialogue(DialogueRef dialogue, Consumer<ImportResult> onImported) {
        return open(ImportTarget.dialogue(dialogue.id()), dialogue, onImported);
    }

    /** First the choice of a session or a channel, then the wizard. */
    public ImportTargetDialog openFromInbox(Consumer<ImportResult> onImported) {
        DialogueDirectory directory = dialogues.getIfAvailable();
        List<DialogueRef> recent = directory == null ? List.of() : directory.recent(DIALOGUES_OFFERED);
        ImportTargetDialog chooser = new ImportTargetDialog(recent, (target, dialogue) -> open(target, dialogue, onImported));
        chooser.open();
        return chooser;
    }

    private ImportWizard<ImportedIssue> open(ImportTarget target, DialogueRef dialogue, Consumer<ImportResult> onImported) {
        ImportedIssueColumns columns = new ImportedIssueColumns(fields, agencies, associations);
        String backLabel = dialogue == null ? null : columns.translate(KEY + "backToDialogue", dialogue.title());
        ImportWizard<ImportedIssue> wizard = new ImportWizard<>(sessions, RecommendationImport.DEFINITION,
                rows -> imports.preview(rows, target),
                (rows, progress) -> withDialogueLink(imports.importAll(rows, target, progress), dialogue, backLabel))
                .withPreviewColumns(columns::addTo)
                .onImported(onImported);
        wizard.addClassName("issue-import-wizard");
        wizard.open();
        return wizard;
    }

    private static ImportResult withDialogueLink(ImportResult result, DialogueRef dialogue, String label) {
        if (dialogue == null || !result.accepted()) {
            return result;
        }
        List<ImportLink> links = new ArrayList<>();
        links.add(new ImportLink(label, "dialogues/" + dialogue.id()));
        links.addAll(result.links());
        return new ImportResult(result.created(), result.updated(), result.unchanged(), links, result.problems());
    }
}
