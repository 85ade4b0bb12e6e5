package org.entente.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;

/** Keeps every {@link AccessRefused} event the running application fires, as the audit trail would receive it. */
@ApplicationScoped
public class RefusalsSeen {

    private final List<AccessRefused> seen = new ArrayList<>();

    synchronized void record(@Observes AccessRefused refused) {
        seen.add(refused);
    }

    public synchronized List<AccessRefused> all() {
        return List.copyOf(seen);
    }
}
