package org.entente.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether stored text is a link a person can safely open: an absolute http or https URI with a host, and no
 * spaces, quotes, angle brackets, backslashes or control characters. {@link WebLink} checks it when a link is saved.
 */
public final class WebAddress {

    private WebAddress() {
    }

    /**
     * The link as a URI when {@code text} is one a person can safely open, else empty; writers use it to skip a
     * link stored before it was validated.
     */
    public static Optional<URI> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 2000) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7f || "\"'<>\\`{}|^".indexOf(c) >= 0 || Character.isWhitespace(c)
                    || Character.getType(c) == Character.FORMAT) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isEmpty();
            return web ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
