package org.aitrainer.api.source;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.write.WritableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/sources")
@Tag(name = "Sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource extends WritableCollection<SourceInput, Source, SourceView> {

    static final SortOrder.Fields<Sources.Entry> SORT = SortOrder.Fields.<Sources.Entry>builder()
            .field("id", (s, lang) -> s.slug())
            .field("title", (s, lang) -> s.view().in(lang).title())
            .field("publishedOn", (s, lang) -> s.view().zh().publishedOn())
            .build(null);

    @Inject
    RequestSnapshot snapshots;

    SourceResource(SourceRules rules) {
        super(rules, SourceView::from);
    }

    @GET
    @NonBlocking
    public RestResponse<Page<SourceView>> list(@BeanParam Listing listing, @RestQuery String sort) {
        Sources sources = snapshots.current().part(Sources.class);
        return listing.answer(
                sources.all(),
                s -> true,
                listing.parameters().sort(sort, SORT),
                (s, lang) -> s.view().in(lang));
    }
}
