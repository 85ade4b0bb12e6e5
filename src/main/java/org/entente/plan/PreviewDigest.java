package org.entente.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an acceptance is of exactly the plan that was previewed. The digest holds a short SHA-256 of
 * every proposed meeting (all that the preview shows of it: date, time, mode, host, venue, flags, ice-breaker,
 * status) and one of the balance report, so that a stale digest also tells which meetings differ.
 */
final class PreviewDigest {

    /** Bytes kept of each SHA-256: a chance of 2^-48 that a changed meeting goes unnoticed. */
    private static final int BYTES = 6;
    private static final String PREFIX = "1.";

    private PreviewDigest() {
    }

    /** How a meeting of the plan now differs from the one in the preview that was accepted. */
    enum Change { CHANGED, ADDED, REMOVED }

    /** One difference between the previewed plan and the plan as it would be accepted now. */
    record Difference(int sequence, Change change) {
    }

    static String of(List<PlanPreview.Proposal> proposals, String reportJson) {
        byte[] all = new byte[(proposals.size() + 1) * BYTES];
        System.arraycopy(hash(reportJson), 0, all, 0, BYTES);
        for (int i = 0; i < proposals.size(); i++) {
            System.arraycopy(hash(proposals.get(i).toString()), 0, all, (i + 1) * BYTES, BYTES);
        }
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(all);
    }

    /**
     * What differs between the previewed digest and the current one, meeting by meeting in sequence order, plus
     * a difference numbered 0 when only the balance report differs; empty when the digest is not one of ours.
     */
    static Optional<List<Difference>> differences(String previewed, String now) {
        Optional<byte[]> before = decode(previewed);
        byte[] after = decode(now).orElseThrow();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        int beforeCount = before.get().length / BYTES - 1;
        int afterCount = after.length / BYTES - 1;
        List<Difference> differences = new ArrayList<>();
        for (int i = 1; i <= Math.max(beforeCount, afterCount); i++) {
            if (i > beforeCount) {
                differences.add(new Difference(i, Change.ADDED));
            } else if (i > afterCount) {
                differences.add(new Difference(i, Change.REMOVED));
            } else if (!Arrays.equals(before.get(), i * BYTES, (i + 1) * BYTES, after, i * BYTES, (i + 1) * BYTES)) {
                differences.add(new Difference(i, Change.CHANGED));
            }
        }
        if (differences.isEmpty() && !Arrays.equals(before.get(), 0, BYTES, after, 0, BYTES)) {
            differences.add(new Difference(0, Change.CHANGED));
        }
        return Optional.of(differences);
    }

    private static Optional<byte[]> decode(String digest) {
        if (digest == null || !digest.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(digest.substring(PREFIX.length()));
            return bytes.length >= BYTES && bytes.length % BYTES == 0 ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] hash(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
