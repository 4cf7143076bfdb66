package org.aitrainer.api.core;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A kind of record that requests refer to by its key, such as a source by its id: how a key is looked up, and the
 * error a key that names nothing gets, which tells the client where the valid keys are listed. Request bodies
 * ({@code FieldChecks}) and query parameters ({@code QueryParameters}) check references through it.
 *
 * @param noun what the record is called in an error, such as {@code source}
 * @param collection the path that lists the valid keys, such as {@code /api/v1/sources}
 * @param lookup what a key names, if anything
 */
public record Reference<K, T>(String noun, String collection, Function<K, Optional<T>> lookup) {

    /** The same reference, looked up elsewhere (in the read snapshot rather than the database, for instance). */
    public <U> Reference<K, U> lookingUp(Function<K, Optional<U>> other) {
        return new Reference<>(noun, collection, other);
    }

    /** What a key that names nothing is told. */
    public String unknown() {
        return "names no known " + noun + "; GET " + collection + " lists them";
    }

    /**
     * What a key names, or null. A key that names nothing is handed to {@code reject} with {@link #unknown()} under
     * the field's name; a missing key (null) is not checked here.
     */
    public T resolve(String field, K key, BiConsumer<String, String> reject) {
        Optional<T> found = find(key);
        if (key != null && found.isEmpty()) {
            reject.accept(field, unknown());
        }
        return found.orElse(null);
    }

    /** What a key names; empty for a null key. */
    public Optional<T> find(K key) {
        return key == null ? Optional.empty() : lookup.apply(key);
    }
}
