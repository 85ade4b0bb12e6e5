package org.entente.relationship;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Prepares the email a tip prompts: a {@code mailto:} link the sender's own mail program opens, addressed to the
 * person with a greeting and a closing. The tip itself is coaching for our side ("ask what would make the alliance
 * a success for them") and never goes into the email: the words to the partner are the sender's.
 */
final class TipEmail {

    private TipEmail() {
    }

    static String mailto(KeepInTouchRow row) {
        String first = row.name().strip().split("\\s+")[0];
        return "mailto:" + encode(row.email()).replace("%40", "@") + "?subject=" + encode("Checking in")
                + "&body=" + encode("Hi " + first + ",\n\n\n\nBest regards,\n");
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
