package vn.pcitracker.issue;

/**
 * Where imported recommendations come from: a dialogue session (every row then has the channel
 * {@link IssueChannel#DIALOGUE} and that session), or no session, when each row names its channel or takes
 * {@code defaultChannel}.
 */
public record ImportTarget(Long dialogueId, IssueChannel defaultChannel) {

    public ImportTarget {
        if (dialogueId != null) {
            defaultChannel = IssueChannel.DIALOGUE;
        } else if (defaultChannel == null) {
            defaultChannel = IssueChannel.IMPORT;
        }
    }

    /** Everything raised at one dialogue session. */
    public static ImportTarget dialogue(long dialogueId) {
        return new ImportTarget(dialogueId, IssueChannel.DIALOGUE);
    }

    /** No session: a row without a channel takes {@code channel}. */
    public static ImportTarget channel(IssueChannel channel) {
        return new ImportTarget(null, channel);
    }
}
