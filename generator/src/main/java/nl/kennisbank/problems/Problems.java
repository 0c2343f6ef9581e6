package nl.kennisbank.problems;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A thread-safe collector of problems; stages add to it and the CLI prints it sorted. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public synchronized void add(Problem problem) {
        found.add(problem);
    }

    public synchronized void addAll(Collection<Problem> problems) {
        found.addAll(problems);
    }

    public void error(Location at, String code, String message) {
        add(Problem.error(at, code, message));
    }

    public void warning(Location at, String code, String message) {
        add(Problem.warning(at, code, message));
    }

    public synchronized boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public synchronized long errorCount() {
        return found.stream().filter(Problem::isError).count();
    }

    public synchronized long warningCount() {
        return found.size() - errorCount();
    }

    /** All problems in a stable order. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(found);
        copy.sort(Problem.ORDER);
        return List.copyOf(copy);
    }
}
