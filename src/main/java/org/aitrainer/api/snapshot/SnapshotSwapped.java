package org.aitrainer.api.snapshot;

/**
 * Fired, as a CDI event, each time this instance swaps in a snapshot of a newer data version: every change up to
 * {@code version} is committed, whichever instance wrote it. Observers run on the thread that built the snapshot, so
 * they only take note and return.
 */
public record SnapshotSwapped(long version) {}
