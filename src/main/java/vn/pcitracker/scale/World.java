package vn.pcitracker.scale;

import java.util.List;

/**
 * What the recommendations of a generation are spread over: lead agencies with their on-time shares, fields with
 * their deadlines, DDCI components, submitters, dialogue sessions and the accounts that record things. Choices are
 * skewed (a few agencies, fields and firms get most recommendations), as they are in a real province.
 */
record World(List<Lead> leads, double[] leadWeights, List<ScaleReferences.Field> fields, double[] fieldWeights,
             List<Long> componentIds, long firstEnterpriseId, int enterprises, double[] enterpriseWeights,
             List<Long> associationIds, int[] dialogueDays, long[] dialogueIds, Long ministryId,
             long investmentAccountId, String investmentName, int today) {

    record Lead(long agencyId, String name, double onTimeShare) {
    }

    /** The latest session held on or up to 20 days before {@code day}, or -1: its recommendations are logged after it. */
    int dialogueBefore(int day) {
        int low = 0;
        int high = dialogueDays.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (dialogueDays[middle] <= day) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found >= 0 && day - dialogueDays[found] <= 20 ? found : -1;
    }
}
