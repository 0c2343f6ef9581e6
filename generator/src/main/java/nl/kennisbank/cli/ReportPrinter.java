package nl.kennisbank.cli;

import java.io.PrintWriter;
import java.util.Locale;
import nl.kennisbank.problems.Problem;
import nl.kennisbank.site.BuildReport;

/** Prints problems (stderr, all at once, sorted) and a short summary (stdout). */
final class ReportPrinter {

    private final PrintWriter out;
    private final PrintWriter err;

    ReportPrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void problems(BuildReport report) {
        for (Problem p : report.problems()) {
            err.println(p.format());
        }
        long warnings = report.problems().size() - report.errors();
        if (!report.problems().isEmpty()) {
            err.println(report.errors() + " fout(en), " + warnings + " waarschuwing(en).");
        }
        err.flush();
    }

    void stages(BuildReport report) {
        // wall time, then the CPU time of the whole process (all threads, the collector and compiler included) in that
        // stage
        report.stageMillis()
                .forEach((stage, ms) -> out.printf(
                        Locale.ROOT,
                        "  %-10s %6d ms %6d ms CPU%n",
                        stage,
                        ms,
                        report.stageCpuMillis().getOrDefault(stage, -1L)));
    }

    static String seconds(long millis) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%.2f s", millis / 1000.0);
    }
}
