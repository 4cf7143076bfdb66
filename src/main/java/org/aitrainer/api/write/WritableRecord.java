package org.aitrainer.api.write;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.BiFunction;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.ReadableRecord;
import org.aitrainer.api.snapshot.RecordReads;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The endpoints of one record that partners write, at the path its subclass names, whose one path parameter is the
 * record's id: GET as {@link ReadableRecord} has it, with the version in the ETag that a write sends back in
 * If-Match; PUT and DELETE through the write pipeline ({@link Writes}).
 *
 * @param <K> the key the id names the record by
 * @param <I> the request body
 * @param <E> the stored record
 * @param <V> what GET and PUT answer
 */
public abstract class WritableRecord<K, I extends WriteBody, E, V> extends ReadableRecord<K, V>
        implements BatchWritable {

    @Inject
    Writes writes;

    private final WriteRules<K, I, E> rules;
    private final BiFunction<? super E, Language, V> written;
    private final String path;

    /**
     * @param collection the collection the record is one of, whose declaration names the path parameter of the id
     * @param noun what the record is called in a 404, such as {@code source}
     * @param rules what the record's writes respect
     * @param key the key an id names, from the noun and the id; {@code ResourceNotFoundException} when the id is not
     *     well formed
     * @param reads the snapshot part that serves the record to GET, with its version
     * @param written the record as a PUT's answer shows it, read inside the write's transaction
     */
    protected WritableRecord(
            CollectionDeclaration<?> collection,
            String noun,
            WriteRules<K, I, E> rules,
            BiFunction<String, String, K> key,
            Class<? extends RecordReads<K, V>> reads,
            BiFunction<? super E, Language, V> written) {
        super(collection, noun, key, reads);
        this.rules = rules;
        this.written = written;
        this.path = collection.recordPath();
    }

    /** Its PUT and DELETE, in a batch. */
    @Override
    public List<BatchRoute> batchRoutes() {
        @SuppressWarnings("unchecked")
        Class<I> body = (Class<I>) BatchRoute.typeArgument(getClass(), WritableRecord.class, 1);
        return List.of(
                BatchRoute.update(path, rules, body, this::key, (parameters, input) -> input, written),
                BatchRoute.delete(path, rules, this::key));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public RestResponse<V> update(@Valid @NotNull I input, @BeanParam UpdateRequest request) {
        return writes.update(rules, key(), request, input, written);
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public void delete(@BeanParam IfMatch ifMatch) {
        writes.delete(rules, key(), ifMatch);
    }
}
