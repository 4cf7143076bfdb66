package org.aitrainer.api.snapshot;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The snapshot one request is answered from: taken at its first use and kept to the end of the request, so that
 * every part of an answer, and its {@code X-Data-Version}, come from one data version.
 */
@RequestScoped
public class RequestSnapshot {

    @Inject
    ReadSnapshots snapshots;

    private ReadSnapshot taken;

    /** The request's snapshot; a 503 while none has been loaded. */
    public ReadSnapshot current() {
        if (taken == null) {
            taken = snapshots.current();
        }
        return taken;
    }

    /** The snapshot this request read, or null when it read none. */
    ReadSnapshot taken() {
        return taken;
    }
}
