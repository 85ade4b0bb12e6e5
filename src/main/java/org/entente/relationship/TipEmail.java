package org.entente.relationship;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Prepares the email that carries a tip to a person: a {@code mailto:} link the sender's own mail program opens. */
final class TipEmail {

    private TipEmail() {
    }

    static String mailto(KeepInTouchRow row, Tip tip) {
        String first = row.name().strip().split("\\s+")[0];
        return "mailto:" + encode(row.email()).replace("%40", "@") + "?subject=" + encode("A thought for you")
                + "&body=" + encode("Hi " + first + ",\n\n" + tip.text + "\n\n");
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
