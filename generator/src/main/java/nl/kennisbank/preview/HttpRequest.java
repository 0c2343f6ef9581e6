package nl.kennisbank.preview;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The head of one HTTP/1.x request, read with limits: at most {@value #MAX_LINE} bytes a line and
 * {@value #MAX_HEADERS} header lines, so a hostile or broken client cannot make the reader grow without end.
 *
 * @param method  the method as sent, e.g. {@code GET}
 * @param target  the request target as sent (still percent-encoded), e.g. {@code /over/?a=b}
 * @param headers header values by lower-case name (the last one wins)
 */
record HttpRequest(String method, String target, Map<String, String> headers) {

    static final int MAX_LINE = 8192;
    static final int MAX_HEADERS = 100;

    /** A request that cannot be answered normally: the status to send and the Dutch reason for the page. */
    static final class Malformed extends Exception {
        private final int status;

        Malformed(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** The path part of the target, without the query. */
    String rawPath() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /**
     * Reads one request head.
     *
     * @return empty when the client closed the connection before sending anything
     */
    static Optional<HttpRequest> read(InputStream in) throws IOException, Malformed {
        String requestLine = line(in);
        if (requestLine == null) {
            return Optional.empty();
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[2].startsWith("HTTP/1.")) {
            throw new Malformed(400, "Dit is geen geldig HTTP-verzoek.");
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; ; i++) {
            String header = line(in);
            if (header == null) {
                throw new Malformed(400, "Het verzoek hield halverwege op.");
            }
            if (header.isEmpty()) {
                break;
            }
            if (i >= MAX_HEADERS) {
                throw new Malformed(431, "Het verzoek heeft te veel kopregels.");
            }
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new Malformed(400, "Een kopregel van het verzoek is onleesbaar.");
            }
            headers.put(
                    header.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                    header.substring(colon + 1).trim());
        }
        return Optional.of(new HttpRequest(parts[0], parts[1], Map.copyOf(headers)));
    }

    /** One line without its CR LF, as ISO-8859-1; null at end of stream before any byte. */
    private static String line(InputStream in) throws IOException, Malformed {
        byte[] buffer = new byte[256];
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return length == 0 ? null : new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (b == '\n') {
                int end = length > 0 && buffer[length - 1] == '\r' ? length - 1 : length;
                return new String(buffer, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (length == MAX_LINE) {
                throw new Malformed(431, "Een regel van het verzoek is te lang.");
            }
            if (length == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_LINE));
            }
            buffer[length++] = (byte) b;
        }
    }
}
