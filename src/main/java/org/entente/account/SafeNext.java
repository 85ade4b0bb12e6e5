package org.entente.account;

/** Where to go after login: a path on this site only, so that a crafted link cannot send the user elsewhere. */
final class SafeNext {

    private SafeNext() {
    }

    static String of(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == '\\') || next.startsWith("/login")
                || next.startsWith("/logout")) {
            return "/";
        }
        return next;
    }
}
