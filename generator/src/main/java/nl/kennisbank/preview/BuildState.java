package nl.kennisbank.preview;

import java.util.List;

/**
 * What the preview shows now: a version that changes after every build, and the problems of the last build
 * (empty when it succeeded).
 */
record BuildState(long version, List<String> problems) {

    String toJson() {
        StringBuilder json = new StringBuilder("{\"version\":").append(version).append(",\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(escape(problems.get(i))).append('"');
        }
        return json.append("]}").toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
