package org.aitrainer.api.snapshot;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.function.BiFunction;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.http.query.LanguageParameter;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The GET of one record of a declared collection, at the record path the declaration names, whose path parameter is
 * the record's id: the record
 * from the read snapshot, in the request's language, or a 404. A record that writes check carries its version in
 * the ETag, which a write sends back in If-Match.
 *
 * @param <K> the key the id names the record by
 * @param <V> what the GET answers
 */
public abstract class ReadableRecord<K, V> {

    @Inject
    RequestSnapshot snapshots;

    @Inject
    UriInfo uri;

    private final String noun;
    private final String parameter;
    private final BiFunction<String, String, K> key;
    private final Class<? extends RecordReads<K, V>> reads;

    /**
     * @param collection the collection the record is one of, whose declaration names the path parameter that carries
     *     the id (the subclass's {@code @Path} is the collection's {@link CollectionDeclaration#recordPath})
     * @param noun what the record is called in a 404, such as {@code duty}
     * @param key the key an id names, from the noun and the id; {@code ResourceNotFoundException} when the id is not
     *     well formed
     * @param reads the snapshot part that serves the record
     */
    protected ReadableRecord(
            CollectionDeclaration<?> collection,
            String noun,
            BiFunction<String, String, K> key,
            Class<? extends RecordReads<K, V>> reads) {
        this.noun = noun;
        this.parameter = collection.record().orElseThrow().parameter().name();
        this.key = key;
        this.reads = reads;
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<V> get(@BeanParam LanguageParameter language) {
        String id = id();
        Found<V> found = snapshots
                .current()
                .part(reads)
                .read(key.apply(noun, id), language.language())
                .orElseThrow(() -> new ResourceNotFoundException(noun, id));
        return found.version().isPresent()
                ? ETags.ok(found.view(), found.version().getAsLong())
                : RestResponse.ok(found.view());
    }

    /**
     * The key that path parameters name, by the name the declaration gives the id's; {@code
     * ResourceNotFoundException} when the id is not well formed.
     */
    protected K key(Map<String, String> parameters) {
        return key.apply(noun, parameters.get(parameter));
    }

    /** The key the request's path names; {@code ResourceNotFoundException} when its id is not well formed. */
    protected K key() {
        return key.apply(noun, id());
    }

    /** The id as the path gives it, in the parameter of that name. */
    private String id() {
        return uri.getPathParameters().getFirst(parameter);
    }
}
