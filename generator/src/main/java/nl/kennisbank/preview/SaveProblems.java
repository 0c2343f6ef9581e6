package nl.kennisbank.preview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.kennisbank.problems.Problem;

/**
 * What the preview prints after a build, so an editor sees what their save caused: the first build prints every
 * problem, as {@code check} does; after that only the problems in the files just saved, the problems that were not
 * there before the save and every error (an error anywhere stops the update), plus one line counting the warnings
 * left out.
 */
final class SaveProblems {

    private Set<Problem> before;

    /** Forgets the last build's problems: the next build prints them all. */
    void reset() {
        before = null;
    }

    /**
     * @param problems every problem of the build just done, sorted
     * @param changed  the paths (relative to the source) that changed since the last build
     * @return the lines to print
     */
    List<String> lines(List<Problem> problems, Collection<String> changed) {
        Set<Problem> last = before;
        before = new HashSet<>(problems);
        if (last == null) {
            return problems.stream().map(Problem::format).toList();
        }
        Set<String> saved = new HashSet<>(changed);
        List<String> lines = new ArrayList<>();
        int left = 0;
        Set<String> otherFiles = new TreeSet<>();
        for (Problem p : problems) {
            if (p.isError() || saved.contains(p.path()) || !last.contains(p)) {
                lines.add(p.format());
            } else {
                left++;
                otherFiles.add(p.path());
            }
        }
        if (left > 0) {
            lines.add("En " + left + (left == 1 ? " waarschuwing" : " waarschuwingen") + " in " + otherFiles.size()
                    + (otherFiles.size() == 1 ? " ander bestand" : " andere bestanden")
                    + ", al van voor deze wijziging (alle problemen: ./kennisbank check).");
        }
        return lines;
    }
}
