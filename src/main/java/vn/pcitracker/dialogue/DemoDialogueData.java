package vn.pcitracker.dialogue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcitracker.dialogue.domain.DialogueSession;
import vn.pcitracker.dialogue.domain.DialogueSessionRepository;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/**
 * {@code demo/dialogues.csv}: made-up sessions for the demo, keyed by date and title. A session already there is
 * left as it is, so that loading twice changes nothing and an officer's edits survive a reload (the table has
 * no "edited locally" mark to tell the two apart).
 */
@Component
class DemoDialogueData implements ReferenceDataSet {

    static final String FILE = "demo/dialogues.csv";

    private final DialogueSessionRepository sessions;
    private final AgencyService agencies;
    private final AssociationService associations;

    DemoDialogueData(DialogueSessionRepository sessions, AgencyService agencies, AssociationService associations) {
        this.sessions = sessions;
        this.agencies = agencies;
        this.associations = associations;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter("demo dialogues");
        Set<String> seen = new HashSet<>();
        for (CsvRow row : files.read(FILE)) {
            LocalDate heldOn = row.date("held_on");
            String title = row.text("title");
            if (heldOn == null) {
                throw row.problem("column 'held_on' is empty");
            }
            if (title.length() > DialogueForm.TITLE_MAX || !seen.add(heldOn + " " + title)) {
                throw row.problem("title too long or the same session twice: " + title);
            }
            if (sessions.findFirstByHeldOnAndTitle(heldOn, title).isPresent()) {
                counter.updated(false);
                continue;
            }
            DialogueSession session = new DialogueSession(row.enumValue("kind", DialogueKind.class), title, heldOn,
                    agency(row).id());
            session.setPlace(row.optional("place"));
            session.setChair(row.optional("chair"));
            session.setFirmsAttending(row.integer("firms_attending"));
            session.setMinutes(row.optional("minutes"));
            session.replaceAssociations(associationIds(row));
            session.setSynthetic(row.bool("synthetic", true));
            sessions.save(session);
            counter.inserted();
        }
        return counter.result();
    }

    private AgencySummary agency(CsvRow row) {
        String code = row.text("host_agency_code");
        return agencies.findByCode(code).orElseThrow(() -> row.problem("unknown agency code " + code));
    }

    private Set<Long> associationIds(CsvRow row) {
        Set<Long> ids = new HashSet<>();
        for (String code : row.list("association_codes")) {
            ids.add(associations.findByCode(code).map(AssociationSummary::id)
                    .orElseThrow(() -> row.problem("unknown association code " + code)));
        }
        return ids;
    }
}
