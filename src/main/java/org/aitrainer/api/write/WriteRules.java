package org.aitrainer.api.write;

/**
 * What one kind of record brings to the write pipeline ({@link Writes}): how to find it, how a request body is checked
 * and applied, and what a delete must respect. The pipeline does the rest: the lock, If-Match, idempotent replay,
 * the change-log rows, the notification and the HTTP answers.
 *
 * <p>Implementations are beans annotated {@code @Transactional(TxType.MANDATORY)}: their changing methods take a
 * {@link Write}, which only the pipeline can make, and fail outside a transaction.
 *
 * @param <K> the key a request names the record by
 * @param <I> the request body
 * @param <E> the stored record
 */
public interface WriteRules<K, I, E> {

    /** The record's type in the change feed, such as {@code source}. */
    String type();

    /** The record a key names; {@code ResourceNotFoundException} when there is none. */
    E find(K key);

    /** The record's id in the change feed, which is also the last segment of its URI. */
    String id(E record);

    /** The record's stored version, which its ETag starts with. */
    long version(E record);

    /** What the change feed shows of the record. */
    Object changeRecord(E record);

    /** A new record from a request body: checked, then persisted. */
    E create(I input, Write write);

    /** Checks a request body and applies it to the record. */
    void update(E record, I input, Write write);

    /** Refuses the delete while something needs the record, else deletes it (for good, or softly). */
    void delete(E record, Write write);
}
