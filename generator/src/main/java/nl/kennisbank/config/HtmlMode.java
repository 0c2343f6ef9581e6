package nl.kennisbank.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happens to raw HTML written in Markdown ({@code kennisbank.html} in {@code jbake.properties}).
 * Like Hugo, the default is {@link #ESCAPE}: content comes from many people, so HTML is shown as text unless
 * the site owner chooses the allow-list.
 */
public enum HtmlMode {

    /** Raw HTML (comments included) is escaped and shown as text; {@code check} warns where it is. */
    ESCAPE("escape"),
    /** The whole rendered body passes the allow-list sanitiser; what it would remove is an error. */
    ALLOW_LIST("allow-list");

    private final String setting;

    HtmlMode(String setting) {
        this.setting = setting;
    }

    /** The value as written in {@code jbake.properties}. */
    public String setting() {
        return setting;
    }

    public static Optional<HtmlMode> fromSetting(String value) {
        return Arrays.stream(values())
                .filter(m -> m.setting.equals(value.strip()))
                .findFirst();
    }
}
