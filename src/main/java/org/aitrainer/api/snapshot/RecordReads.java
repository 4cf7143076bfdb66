package org.aitrainer.api.snapshot;

import java.util.Optional;
import org.aitrainer.api.core.Language;

/**
 * A part of the read snapshot that serves one of its records by key, as a GET of that record shows it
 * ({@link ReadableRecord}).
 *
 * @param <K> the key a path names the record by
 * @param <V> what the GET answers
 */
public interface RecordReads<K, V> {

    /** The record a key names, in one language; empty when there is none. */
    Optional<Found<V>> read(K key, Language language);
}
