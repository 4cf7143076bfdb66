package org.aitrainer.api.snapshot;

import java.util.OptionalLong;

/**
 * One record as a GET shows it, with the version its ETag carries when writes check it (If-Match); records that
 * no request writes have none, and their ETag is the digest every read gets.
 */
public record Found<V>(V view, OptionalLong version) {

    /** A record that no request writes. */
    public static <V> Found<V> of(V view) {
        return new Found<>(view, OptionalLong.empty());
    }

    /** A record that requests write, at the version its ETag starts with. */
    public static <V> Found<V> versioned(V view, long version) {
        return new Found<>(view, OptionalLong.of(version));
    }
}
