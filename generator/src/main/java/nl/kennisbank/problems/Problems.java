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

    /** Reports {@code code} at {@code at}, its Dutch message filled in with {@code args}. */
    public void report(Location at, ProblemCode code, Object... args) {
        add(code.at(at, args));
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
