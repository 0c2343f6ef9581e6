package nl.kennisbank.site;

import java.util.List;
import java.util.SplittableRandom;

/** The fuzzer's random choices, all from one seeded {@link SplittableRandom}: the same seed, the same choices. */
final class FuzzChoices {

    /** Scalars and words: Dutch text, vocabulary ids, numbers and dates (valid or not), YAML's special values, controls. */
    static final List<String> WORDS = List.of(
            "armoede",
            "Utrecht",
            "onderwijs",
            "meedoen",
            "u-pas",
            "concept",
            "gepubliceerd",
            "2026-01-01",
            "2026-02-30",
            "0",
            "-1",
            "99999999999999999999",
            "true",
            "null",
            "~",
            "ja",
            "1e3",
            "0x1F",
            ".inf",
            "Armoede: wat nu?",
            "kinderen & ouders",
            "é",
            "\ud83d\ude00",
            "\u202e",
            "\u0000",
            "\u0085",
            "\u2028");
    /** Odd characters: YAML and Markdown syntax, controls, line breaks of every kind, byte-order marks, a lone surrogate. */
    static final List<String> JUNK = List.of(
            ":",
            "-",
            "[",
            "]",
            "{",
            "}",
            "&",
            "*",
            "!",
            "|",
            ">",
            "'",
            "\"",
            "#",
            "?",
            "%",
            "@",
            "`",
            ",",
            "\t",
            "\r",
            "\n",
            " ",
            "\\",
            "<",
            "=",
            "~",
            "_",
            "(",
            ")",
            "/",
            ".",
            "\u0000",
            "\u0001",
            "\u001b",
            "\u007f",
            "\u0085",
            "\u00a0",
            "\u2028",
            "\u2029",
            "\ufeff",
            "\ufffe",
            "\ud800",
            "a",
            "é",
            "\ud83d\ude00");

    private final SplittableRandom random;

    FuzzChoices(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean nextBoolean() {
        return random.nextBoolean();
    }

    /** Up to {@code max} odd characters. */
    String junk(int max) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            s.append(pick(JUNK));
        }
        return s.toString();
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** Weighted choice: weight, value, weight, value… */
    String weighted(Object... weighted) {
        int total = 0;
        for (int i = 0; i < weighted.length; i += 2) {
            total += (Integer) weighted[i];
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weighted.length; i += 2) {
            r -= (Integer) weighted[i];
            if (r < 0) {
                return (String) weighted[i + 1];
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
