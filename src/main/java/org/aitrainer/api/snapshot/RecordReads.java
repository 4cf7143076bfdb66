package org.aitrainer.api.snapshot;

import java.util.Optional;
import org.aitrainer.api.core.Language;

/**
 * A part of the read snapshot that serves one of its records by key, as a GET of that record shows it.
 *
 * @param <K> the key a path names the record by
 * @param <V> what the GET answers
 */
public interface RecordReads<K, V> {

    /** The record a key names, in one language, with its version; empty when there is none. */
    Optional<Versioned<V>> read(K key, Language language);
}
