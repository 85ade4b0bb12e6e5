package org.entente.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Makes the id that joins an error answer to its log line: 12 random hex digits, unique enough to search a log for. */
final class ErrorIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorIds() {
    }

    static String next() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
