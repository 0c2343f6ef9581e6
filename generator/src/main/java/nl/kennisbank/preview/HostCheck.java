package nl.kennisbank.preview;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to this machine by name: {@code localhost}, {@code 127.0.0.1}, {@code [::1]} or
 * the address the server is bound to. A page on another site that points its own host name at 127.0.0.1 (DNS
 * rebinding) sends its own name in the Host header and is refused, so it cannot read the preview or its drafts.
 */
final class HostCheck {

    private final Set<String> names;

    HostCheck(InetAddress bound) {
        String literal = bound.getHostAddress();
        String own = literal.contains(":") ? "[" + literal.replaceAll("%.*$", "") + "]" : literal;
        this.names = Set.copyOf(java.util.List.of("localhost", "127.0.0.1", "[::1]", own.toLowerCase(Locale.ROOT)));
    }

    /** @param host the Host header's value, e.g. {@code localhost:8080} or {@code [::1]:8080} */
    boolean allows(String host) {
        String name = host.trim().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon >= 0 && colon > name.lastIndexOf(']')) {
            String port = name.substring(colon + 1);
            if (port.isEmpty() || !port.chars().allMatch(Character::isDigit)) {
                return false;
            }
            name = name.substring(0, colon);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return names.contains(name);
    }
}
