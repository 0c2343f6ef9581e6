package nl.kennisbank.site.assemble;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Dutch readers write them ("20 november 2026"), independent of the machine's locale. */
final class DutchDates {

    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private DutchDates() {}

    static String format(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    /** A period written as 2019, 2019-07 or 2019-07-01, in Dutch. */
    static String period(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() == 4) {
            return value;
        }
        if (value.length() == 7) {
            return DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nl-NL"))
                    .format(java.time.YearMonth.parse(value));
        }
        return format(LocalDate.parse(value));
    }
}
