package nl.kennisbank.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kennisbank.config.HtmlMode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the examples of {@code markdown/spec.md} (flexmark's spec format): each example's Markdown, rendered, must give
 * exactly its HTML.
 */
class MarkdownSpecTest {

    private static final String FENCE = "````````````````````````````````";
    private static final Pattern START = Pattern.compile(FENCE + " example\\(([^)]*)\\)(?: options\\(([^)]*)\\))?");

    private final MarkdownProcessor markdown = new MarkdownProcessor();

    /** One example: its name ("Section: number"), whether it renders with the allow-list, Markdown and HTML. */
    private record Example(String name, boolean allowList, String markdown, String html) {}

    @TestFactory
    Stream<DynamicTest> everyExampleRendersToItsHtml() throws IOException {
        List<Example> examples = examples(read());
        assertFalse(examples.isEmpty(), "no examples in markdown/spec.md");
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> assertEquals(e.html(), render(e))));
    }

    private String render(Example example) {
        return markdown.render(
                markdown.parse(example.markdown()),
                url -> url.endsWith(".md") ? "../" + url.replace(".md", "/") : url,
                example.allowList() ? HtmlMode.ALLOW_LIST : HtmlMode.ESCAPE);
    }

    private static String read() throws IOException {
        try (InputStream in = MarkdownSpecTest.class.getResourceAsStream("/markdown/spec.md")) {
            if (in == null) {
                throw new IOException("markdown/spec.md is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Parses the spec: lines between an example's opening fence and {@code .} are Markdown, then HTML to the fence. */
    static List<Example> examples(String spec) {
        List<Example> examples = new ArrayList<>();
        List<String> lines = spec.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = START.matcher(lines.get(i));
            if (!start.matches()) {
                continue;
            }
            StringBuilder md = new StringBuilder();
            int j = i + 1;
            for (; !lines.get(j).equals("."); j++) {
                md.append(lines.get(j)).append('\n');
            }
            StringBuilder html = new StringBuilder();
            for (j++; !lines.get(j).equals(FENCE); j++) {
                html.append(lines.get(j)).append('\n');
            }
            examples.add(
                    new Example(start.group(1), "allow-list".equals(start.group(2)), md.toString(), html.toString()));
            i = j;
        }
        return examples;
    }
}
