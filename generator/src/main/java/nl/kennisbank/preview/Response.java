package nl.kennisbank.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP response of the preview server; every connection closes after it. */
record Response(int status, String type, byte[] body, Map<String, String> extraHeaders) {

    Response(int status, String type, byte[] body) {
        this(status, type, body, Map.of());
    }

    /** A small Dutch HTML page for errors. */
    static Response notice(int status, String title, String text) {
        return new Response(status, "text/html; charset=utf-8", NoticePage.html(title, text));
    }

    Response with(String header, String value) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put(header, value);
        return new Response(status, type, body, Map.copyOf(headers));
    }

    /** Writes status line, headers and (unless {@code head}) the body. */
    void write(OutputStream out, boolean head) throws IOException {
        StringBuilder text = new StringBuilder("HTTP/1.1 ")
                .append(status)
                .append(' ')
                .append(reason())
                .append("\r\n")
                .append("Content-Type: ")
                .append(type)
                .append("\r\n")
                .append("Content-Length: ")
                .append(body.length)
                .append("\r\n")
                .append("Cache-Control: no-store\r\n")
                .append("X-Content-Type-Options: nosniff\r\n")
                .append("Connection: close\r\n");
        extraHeaders.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(h -> text.append(h.getKey())
                        .append(": ")
                        .append(h.getValue())
                        .append("\r\n"));
        out.write(text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!head) {
            out.write(body);
        }
    }

    private String reason() {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
