package vn.pcitracker.dialogue;

/**
 * The kinds of dialogue Hai Phong and its peers hold (DOMAIN.md, "Business dialogue practice"). Labels come from
 * translation keys {@code dialogue.DialogueKind.<NAME>}.
 */
public enum DialogueKind {
    MONTHLY, ANNUAL_CITY, THEMATIC, ONLINE, COMMUNE;

    public String labelKey() {
        return "dialogue.DialogueKind." + name();
    }
}
