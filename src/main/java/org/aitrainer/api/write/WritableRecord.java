package org.aitrainer.api.write;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.BiFunction;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.http.language.LanguageParameter;
import org.aitrainer.api.snapshot.RecordReads;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.snapshot.Versioned;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The endpoints of one record that partners write, at the path its subclass names, whose one path parameter is the
 * record's id: GET reads it from the read snapshot, with the ETag a write sends back in If-Match; PUT and DELETE go
 * through the write pipeline ({@link Writes}).
 *
 * @param <K> the key the id names the record by
 * @param <I> the request body
 * @param <E> the stored record
 * @param <V> what GET and PUT answer
 */
public abstract class WritableRecord<K, I extends WriteBody, E, V> {

    @Inject
    Writes writes;

    @Inject
    RequestSnapshot snapshots;

    @Inject
    UriInfo uri;

    private final String noun;
    private final WriteRules<K, I, E> rules;
    private final BiFunction<String, String, K> key;
    private final Class<? extends RecordReads<K, V>> reads;
    private final BiFunction<? super E, Language, V> written;

    /**
     * @param noun what the record is called in a 404, such as {@code source}
     * @param rules what the record's writes respect
     * @param key the key an id names, from the noun and the id; {@code ResourceNotFoundException} when the id is not
     *     well formed
     * @param reads the snapshot part that serves the record to GET
     * @param written the record as a PUT's answer shows it, read inside the write's transaction
     */
    protected WritableRecord(
            String noun,
            WriteRules<K, I, E> rules,
            BiFunction<String, String, K> key,
            Class<? extends RecordReads<K, V>> reads,
            BiFunction<? super E, Language, V> written) {
        this.noun = noun;
        this.rules = rules;
        this.key = key;
        this.reads = reads;
        this.written = written;
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<V> get(@BeanParam LanguageParameter language) {
        String id = id();
        Versioned<V> found = snapshots
                .current()
                .part(reads)
                .read(key.apply(noun, id), language.language())
                .orElseThrow(() -> new ResourceNotFoundException(noun, id));
        return ETags.ok(found.value(), found.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public RestResponse<V> update(@Valid @NotNull I input, @BeanParam UpdateRequest request) {
        return writes.update(rules, key.apply(noun, id()), request, input, written);
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public void delete(@BeanParam IfMatch ifMatch) {
        writes.delete(rules, key.apply(noun, id()), ifMatch);
    }

    /** The id as the path gives it: the value of its one parameter. */
    private String id() {
        return uri.getPathParameters().values().iterator().next().get(0);
    }
}
