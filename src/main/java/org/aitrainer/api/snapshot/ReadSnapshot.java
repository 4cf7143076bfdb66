package org.aitrainer.api.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Everything the reads serve, at one data version: the id of the latest audit-log row when it was read. Immutable
 * and never mixed: a request takes one snapshot and reads every part of its answer from it.
 */
public final class ReadSnapshot {

    private final long version;
    private final Instant loadedAt;
    private final Duration buildTime;
    private final Map<Class<?>, Object> parts;
    private final boolean updated;

    ReadSnapshot(long version, Instant loadedAt, Duration buildTime, Map<Class<?>, Object> parts, boolean updated) {
        this.version = version;
        this.loadedAt = loadedAt;
        this.buildTime = buildTime;
        this.parts = Map.copyOf(parts);
        this.updated = updated;
    }

    public long version() {
        return version;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public Duration buildTime() {
        return buildTime;
    }

    /** True when it was built on the previous snapshot from the changes since; false when read whole. */
    public boolean updated() {
        return updated;
    }

    public <T> T part(Class<T> type) {
        Object part = parts.get(type);
        if (part == null) {
            throw new IllegalStateException("The read snapshot has no part " + type.getSimpleName());
        }
        return type.cast(part);
    }
}
