package org.entente.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each video meeting of a body an ice-breaker question: the library in order from a per-body offset, no
 * question twice until the library is used up, questions already held by kept meetings counted as used.
 */
final class IcebreakerPicker {

    private final List<String> questions;
    private final Set<String> used = new HashSet<>();
    private int next;

    IcebreakerPicker(List<String> questions, long bodyId, List<String> alreadyUsed) {
        this.questions = new ArrayList<>(questions);
        this.next = questions.isEmpty() ? 0 : (int) Math.floorMod(bodyId * 7, questions.size());
        alreadyUsed.stream().filter(q -> q != null).forEach(used::add);
    }

    /** The next unused question, or null when the library is empty. */
    String pick() {
        if (questions.isEmpty()) {
            return null;
        }
        if (used.containsAll(questions)) {
            used.clear();
        }
        while (true) {
            String q = questions.get(next);
            next = (next + 1) % questions.size();
            if (used.add(q)) {
                return q;
            }
        }
    }

    /** Keeps {@code question} for a meeting and counts it as used. */
    String keep(String question) {
        used.add(question);
        return question;
    }
}
