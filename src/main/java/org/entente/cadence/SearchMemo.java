package org.entente.cadence;

import java.util.HashMap;
import java.util.Map;

/**
 * The memo of a depth-first search over plan slots: the best result known per slot and state key, and a budget of
 * states after which the search gives up ({@link IllegalStateException}, which the searches catch to fall back).
 */
final class SearchMemo {

    private final Map<Long, Integer>[] known;
    private final int maxStates;
    private int visited;

    @SuppressWarnings("unchecked")
    SearchMemo(int slots, int maxStates) {
        this.known = new Map[slots + 1];
        this.maxStates = maxStates;
    }

    /** The result known for this slot and state, or null when the state is new (it then counts against the budget). */
    Integer known(int slot, long key) {
        Integer found = known[slot] == null ? null : known[slot].get(key);
        if (found == null && ++visited > maxStates) {
            throw new IllegalStateException("too many states");
        }
        return found;
    }

    int remember(int slot, long key, int result) {
        (known[slot] == null ? (known[slot] = new HashMap<>()) : known[slot]).put(key, result);
        return result;
    }
}
