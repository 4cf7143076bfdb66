package org.aitrainer.api.write;

import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What one kind of record brings to the write pipeline ({@link Writes}): how to find it, how a request body is checked
 * and applied, and what a delete must respect. The pipeline does the rest: the lock, If-Match, idempotent replay,
 * the change-log rows, the notification and the HTTP answers.
 *
 * <p>Subclasses are beans annotated {@code @Transactional(TxType.MANDATORY)}: their changing methods take a
 * {@link Write}, which only the pipeline can make, and fail outside a transaction.
 *
 * @param <K> the key a request names the record by
 * @param <I> the request body
 * @param <E> the stored record
 */
public abstract class WriteRules<K, I, E> {

    private final String type;
    private final Function<E, String> id;
    private final ToLongFunction<E> version;
    private final Function<E, ?> changeRecord;

    /**
     * @param type the record's type in the change feed, such as {@code source}
     * @param id the record's id in the change feed, which is also the last segment of its URI
     * @param version the record's stored version, which its ETag starts with
     * @param changeRecord what the change feed shows of the record
     */
    protected WriteRules(String type, Function<E, String> id, ToLongFunction<E> version, Function<E, ?> changeRecord) {
        this.type = type;
        this.id = id;
        this.version = version;
        this.changeRecord = changeRecord;
    }

    /** The record a key names; {@code ResourceNotFoundException} when there is none. */
    public abstract E find(K key);

    /** A new record from a request body: checked, then persisted. */
    public abstract E create(I input, Write write);

    /** Checks a request body and applies it to the record. */
    public abstract void update(E record, I input, Write write);

    /** Refuses the delete while something needs the record, else deletes it (for good, or softly). */
    public abstract void delete(E record, Write write);

    String type() {
        return type;
    }

    String id(E record) {
        return id.apply(record);
    }

    long version(E record) {
        return version.applyAsLong(record);
    }

    Object changeRecord(E record) {
        return changeRecord.apply(record);
    }
}
