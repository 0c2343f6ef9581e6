package nl.kennisbank.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Rules over validated front-matter values that the field types alone cannot express: a publication or update date
 * in the future (a warning; an error more than a year ahead), a period that ends before it starts, and a contact
 * address of a person. {@code today} comes from {@link nl.kennisbank.config.Today}, never from the clock here.
 */
final class DocumentRules {

    private static final String[] DATES = {"datum", "bijgewerkt"};
    private final LocalDate today;

    DocumentRules(LocalDate today) {
        this.today = today;
    }

    void check(MappingNode mapping, Map<String, Object> values, YamlPositions at, Problems problems) {
        Map<String, NodeTuple> entries = YamlNodes.entries(mapping);
        for (String field : DATES) {
            if (values.get(field) instanceof LocalDate date && date.isAfter(today)) {
                ProblemCode code =
                        date.isAfter(today.plusYears(1)) ? ProblemCode.DATE_FAR_FUTURE : ProblemCode.DATE_IN_FUTURE;
                problems.report(at.of(entries.get(field).getValueNode()), code, field, date, today);
            }
        }
        if (values.get("looptijd") instanceof Map<?, ?> period
                && period.get("start") instanceof String start
                && period.get("eind") instanceof String end
                && lastDay(end).isBefore(firstDay(start))
                && entries.get("looptijd").getValueNode() instanceof MappingNode periodNode) {
            problems.report(
                    at.of(valueOf(periodNode, "eind").orElse(periodNode)),
                    ProblemCode.PERIOD_END_BEFORE_START,
                    end,
                    start);
        }
        if (values.get("contact") instanceof Map<?, ?> contact
                && contact.get("email") instanceof String email
                && ContactDetails.isPersonalEmail(email)
                && entries.get("contact").getValueNode() instanceof MappingNode contactNode) {
            problems.report(
                    at.of(valueOf(contactNode, "email").orElse(contactNode)), ProblemCode.PERSONAL_EMAIL, email);
        }
    }

    private static Optional<Node> valueOf(MappingNode mapping, String key) {
        return Optional.ofNullable(YamlNodes.entries(mapping).get(key)).map(NodeTuple::getValueNode);
    }

    /** The first day a period (2019, 2019-07 or 2019-07-01) covers. */
    static LocalDate firstDay(String period) {
        return switch (period.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(period), 1, 1);
            case 7 -> YearMonth.parse(period).atDay(1);
            default -> LocalDate.parse(period);
        };
    }

    /** The last day a period covers. */
    static LocalDate lastDay(String period) {
        return switch (period.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(period), 12, 31);
            case 7 -> YearMonth.parse(period).atEndOfMonth();
            default -> LocalDate.parse(period);
        };
    }
}
