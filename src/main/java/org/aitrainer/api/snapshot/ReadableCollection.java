package org.aitrainer.api.snapshot;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.http.ApiLink;
import org.aitrainer.api.http.Linked;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The GET of a collection its subclass declares ({@link CollectionDeclaration}), at the path the declaration names:
 * one page of what the declaration selects from the read snapshot, each item in the request's language, with the
 * page's links. The collection's link in the index, its warm-up reads and its section of the data-set export come
 * from the declaration too.
 *
 * @param <T> the snapshot's entries it lists
 * @param <V> how an entry reads
 */
public abstract class ReadableCollection<T, V> implements Linked {

    @Inject
    RequestSnapshot snapshots;

    private final CollectionDeclaration<T> declaration;
    private final BiFunction<T, Language, V> view;

    /**
     * @param declaration the collection it serves
     * @param view how an entry reads in a language
     */
    protected ReadableCollection(CollectionDeclaration<T> declaration, BiFunction<T, Language, V> view) {
        this.declaration = declaration;
        this.view = view;
    }

    @Override
    public List<ApiLink> links() {
        return List.of(declaration.link());
    }

    @Override
    public List<String> warmUp() {
        return declaration.warmUp();
    }

    /** Its section of the data-set export, as its declaration names it, if it has one. */
    public Optional<ExportSection<?>> exported() {
        return declaration.exported();
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<Page<V>> list(@BeanParam Listing listing) {
        return listing.answer(declaration.select(listing.parameters(), snapshots.current()), view);
    }
}
