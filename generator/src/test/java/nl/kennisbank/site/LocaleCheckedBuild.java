package nl.kennisbank.site;

import java.util.Locale;
import java.util.TimeZone;
import nl.kennisbank.cli.KennisbankCommand;

/**
 * A build in a JVM of its own, for {@link ReproducibleBuildTest}: first it proves that the locale and time zone the
 * process was started with are really in effect (an uninstalled locale falls back silently), then it builds.
 * Arguments: expected language ("-" for any), expected zone id, then the arguments of {@code kennisbank}.
 */
public final class LocaleCheckedBuild {

    private LocaleCheckedBuild() {}

    public static void main(String[] args) {
        Locale locale = Locale.getDefault();
        String zone = TimeZone.getDefault().getID();
        // Turkish lower-cases a capital I to a dotless ı: the locale-sensitive behaviour a build must not depend on.
        System.out.println("locale " + locale.toLanguageTag() + " zone " + zone + " lower(I) " + "I".toLowerCase(locale)
                + " decimal " + String.format(locale, "%.1f", 1.5) + " processors "
                + Runtime.getRuntime().availableProcessors());
        if ((!args[0].equals("-") && !locale.getLanguage().equals(args[0])) || !zone.equals(args[1])) {
            System.err.println("not in effect: wanted language " + args[0] + " and zone " + args[1]);
            System.exit(3);
        }
        String[] build = java.util.Arrays.copyOfRange(args, 2, args.length);
        System.exit(KennisbankCommand.newCommandLine().execute(build));
    }
}
