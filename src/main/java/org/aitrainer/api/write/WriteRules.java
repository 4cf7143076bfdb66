package org.aitrainer.api.write;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.aitrainer.api.http.problem.ConflictException;
import org.aitrainer.api.http.problem.InvalidBodyException;
import org.aitrainer.api.http.problem.Problem;

/**
 * What one kind of record brings to the write pipeline ({@link Writes}): how to find it, how a request body is checked
 * and applied, and what a delete must respect. The pipeline does the rest: the lock, If-Match, idempotent replay,
 * the change-log rows, the notification and the HTTP answers.
 *
 * <p>Subclasses are application-scoped beans whose every method fails outside a transaction: they inherit the
 * {@code MANDATORY} below. Their changing methods take a {@link Write}, which only the pipeline can make.
 *
 * @param <K> the key a request names the record by
 * @param <I> the request body
 * @param <E> the stored record
 */
@Transactional(TxType.MANDATORY)
public abstract class WriteRules<K, I, E> {

    private final String type;
    private final Function<E, String> id;
    private final ToLongFunction<E> version;
    private final Function<E, ?> changeRecord;
    private String idField;
    private Function<I, String> bodyId;
    private Predicate<String> taken = chosen -> false;
    private Set<String> writers = Set.of(Roles.EDITOR, Roles.ADMIN);
    private boolean oneAtATime;

    /** The persistence context the write runs in, for the queries the rules need. */
    @Inject
    protected EntityManager em;

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

    /**
     * For records whose id the client chooses: the body names it in this field; an update's body must name the
     * record it updates, since an id never changes; a creation whose id is taken is a 409. Call it from the
     * constructor.
     *
     * @param taken whether a record has the id already
     */
    protected void identifiedBy(String field, Function<I, String> id, Predicate<String> taken) {
        this.idField = field;
        this.bodyId = id;
        this.taken = taken;
    }

    /**
     * For records that fewer roles may create and update than editors and admins, such as regions: who may. Call it
     * from the constructor.
     */
    protected void writtenBy(String... roles) {
        this.writers = Set.of(roles);
    }

    /**
     * For records whose rules check other rows in Java, where the database's constraints and the records' versions
     * alone would not keep them right (a region's place in the hierarchy, a benefit that ends the one it replaces):
     * their writes take the write lock before they read anything, and run one at a time. Other writes run
     * concurrently until their change-log rows (see {@link WriteTransaction}). Call it from the constructor.
     */
    protected void writtenOneAtATime() {
        this.oneAtATime = true;
    }

    /** The record a key names; {@code ResourceNotFoundException} when there is none. */
    public abstract E find(K key);

    /**
     * A new record from a request body: made ({@link #newRecord}), checked and filled ({@link #apply}), refused when
     * the id its body chooses is taken, then persisted.
     */
    public E create(I input, Write write) {
        E record = newRecord(input);
        apply(record, input, write);
        String chosen = bodyId == null ? null : bodyId.apply(input);
        if (chosen != null && taken.test(chosen)) {
            throw new ConflictException("The " + idField + " '" + chosen + "' is taken by another " + type, chosen);
        }
        em.persist(record);
        return record;
    }

    /** A record not yet written, with its id: the one its body chooses, or a new one where the server assigns ids. */
    protected abstract E newRecord(I input);

    /** Checks a request body and applies it to the record: an update is what {@link #apply} does. */
    public void update(E record, I input, Write write) {
        apply(record, input, write);
    }

    /**
     * Checks a request body, rejecting every invalid field at once, and sets the record's fields from it, with what
     * follows from them: for a new record in {@link #create}, for an existing one in {@link #update}.
     */
    protected abstract void apply(E record, I input, Write write);

    /** Refuses the delete while something needs the record, else deletes it (for good, or softly). */
    public abstract void delete(E record, Write write);

    boolean oneAtATime() {
        return oneAtATime;
    }

    Set<String> writers() {
        return writers;
    }

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

    /** Refuses an update whose body names another record than the one its path names. */
    void requireSameId(E record, I input) {
        if (bodyId != null && !id(record).equals(bodyId.apply(input))) {
            throw new InvalidBodyException(List.of(new Problem.FieldError(
                    idField,
                    "must equal the " + idField + " in the path; a " + type + "'s " + idField + " never changes")));
        }
    }
}
