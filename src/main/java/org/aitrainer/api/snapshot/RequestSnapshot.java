package org.aitrainer.api.snapshot;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;

/**
 * The snapshot one request is answered from: taken at its first use and kept to the end of the request, so that
 * every part of an answer, and its {@code X-Data-Version}, come from one data version. A request that asks for a
 * past version ({@link VersionParameters}) is pinned to it, and answered from that version's snapshot.
 */
@RequestScoped
public class RequestSnapshot {

    @Inject
    ReadSnapshots snapshots;

    @Inject
    PastSnapshots past;

    private ReadSnapshot taken;

    /** The data version the request was pinned to; empty for the current data. */
    private OptionalLong pinned = OptionalLong.empty();

    /** The request's snapshot; a 503 while none has been loaded. */
    public ReadSnapshot current() {
        if (taken == null) {
            taken = pinned.isEmpty() ? snapshots.current() : past.snapshot(pinned.getAsLong());
        }
        return taken;
    }

    /** The data version the request asked for, when it asked for one, resolved. */
    public OptionalLong pinnedVersion() {
        return pinned;
    }

    /** The snapshot this request read, or null when it read none. */
    ReadSnapshot taken() {
        return taken;
    }

    /** The bean itself rather than its proxy, for a filter that pins it from another thread. */
    RequestSnapshot self() {
        return this;
    }

    /** Pins the request to a data version, with its snapshot when it is at hand (null: built on first use). */
    void pin(long version, ReadSnapshot snapshot) {
        this.pinned = OptionalLong.of(version);
        this.taken = snapshot;
    }
}
