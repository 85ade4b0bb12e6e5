package org.entente.calendar;

import java.nio.charset.StandardCharsets;

/** Folds content lines at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character, with CRLF line ends. */
final class Folding {

    static final int MAX_OCTETS = 75;

    private Folding() {
    }

    /** {@code text} with each line folded; input lines may end in LF or CRLF, output lines end in CRLF. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 70 * 3);
        for (String line : text.split("\r?\n")) {
            if (!line.isEmpty()) {
                foldLine(line, out);
            }
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
