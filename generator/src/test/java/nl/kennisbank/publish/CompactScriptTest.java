package nl.kennisbank.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompactScriptTest {

    @Test
    void commentsIndentationAndBlankLinesGoAndLinesStayLines() {
        String source = """
                // a file comment
                /** A doc comment. */
                export function f(a, b) {
                  const x = a + b; // sum

                  return x;
                }
                """;
        assertEquals("export function f(a,b){\nconst x=a + b;\nreturn x;\n}\n", CompactScript.of(source));
    }

    @Test
    void stringsKeepWhatLooksLikeCommentsAndSpaces() {
        String source = "const a = '// not a comment';  const b = \"/* nor   this */\"; const c = 'it\\'s  // x';\n";
        assertEquals(
                "const a='// not a comment';const b=\"/* nor   this */\";const c='it\\'s  // x';\n",
                CompactScript.of(source));
    }

    @Test
    void regularExpressionsAreCopiedAsWrittenAndSlashesAfterValuesDivide() {
        String source = """
                const r = /[/*]+\\/ \\/\\/x/gu.test(s);
                const q = a / b / c; // two divisions
                function g() { return /a b/.test(x) ? n / 2 : (m) / 3; }
                const u = [1, /x/];
                """;
        assertEquals("""
                const r=/[/*]+\\/ \\/\\/x/gu.test(s);
                const q=a / b / c;
                function g(){return /a b/.test(x)?n / 2:(m)/ 3;}
                const u=[1,/x/];
                """, CompactScript.of(source));
    }

    @Test
    void templateLiteralsKeepTheirTextAndTheirCodeIsCompactedToo() {
        String source = "const t = `a  // b\n   c ${ x ? `${ y }  /* z */` : '}' } d`;\n";
        assertEquals("const t=`a  // b\n   c ${x?`${y}  /* z */`:'}'} d`;\n", CompactScript.of(source));
    }

    @Test
    void aBlockCommentAcrossLinesLeavesALineBreakAndSignsStaySeparate() {
        String source = "let a = b /* one\ntwo */\nc = a - -b + +d - (-1)\n";
        assertEquals("let a=b\nc=a - -b + +d -(-1)\n", CompactScript.of(source));
    }
}
