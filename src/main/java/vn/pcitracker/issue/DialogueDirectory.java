package vn.pcitracker.issue;

import java.util.List;
import java.util.Optional;

/**
 * Dialogue sessions as the issue module needs them, implemented by the dialogue module so that the dependency
 * runs one way (dialogue uses issue, not the reverse).
 */
public interface DialogueDirectory {

    Optional<DialogueRef> find(long dialogueId);

    /** Sessions to offer when logging or carrying over an issue, newest first. */
    List<DialogueRef> recent(int limit);
}
