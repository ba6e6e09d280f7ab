package org.studybench.core.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * What bringing a study's results up to date did: findings computed from respondent data and
 * comparisons, each either computed or reused because its inputs' hash was unchanged.
 *
 * @param studyChanged whether any result in the study changed (the study needs saving)
 * @since 0.1
 */
public record Recomputed(int findingsComputed, int findingsReused, int comparisonsComputed, int comparisonsReused, boolean studyChanged) {

    /** " (findings from data: 1 computed, 0 reused; comparisons: 0 computed, 14 reused)", or "" when there are none. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (findingsComputed + findingsReused > 0) {
            parts.add("findings from data: " + findingsComputed + " computed, " + findingsReused + " reused");
        }
        if (comparisonsComputed + comparisonsReused > 0) {
            parts.add("comparisons: " + comparisonsComputed + " computed, " + comparisonsReused + " reused");
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }
}
