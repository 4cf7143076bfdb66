package org.aitrainer.api.snapshot;

/**
 * A record as a read shows it, with the version it was read at: the version its ETag starts with, which a write
 * sends back in If-Match.
 */
public record Versioned<V>(V value, long version) {}
