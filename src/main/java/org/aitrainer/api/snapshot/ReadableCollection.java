package org.aitrainer.api.snapshot;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.function.BiFunction;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.Selection;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The GET of a collection, at the path its subclass names: one page of what the collection's query selects from the
 * read snapshot, each item in the request's language, with the page's links. The query reads the collection's own
 * parameters (its filters and its sort) by name, as {@code META-INF/openapi.yaml} documents them.
 *
 * @param <T> the snapshot's entries it lists
 * @param <V> how an entry reads
 */
public abstract class ReadableCollection<T, V> {

    @Inject
    RequestSnapshot snapshots;

    private final BiFunction<QueryParameters, ReadSnapshot, Selection<T>> query;
    private final BiFunction<T, Language, V> view;

    /**
     * @param query what the request's parameters select from a snapshot; it rejects each invalid one
     * @param view how an entry reads in a language
     */
    protected ReadableCollection(
            BiFunction<QueryParameters, ReadSnapshot, Selection<T>> query, BiFunction<T, Language, V> view) {
        this.query = query;
        this.view = view;
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<Page<V>> list(@BeanParam Listing listing) {
        return listing.answer(query.apply(listing.parameters(), snapshots.current()), view);
    }
}
