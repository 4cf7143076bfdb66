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
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.write.WritableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/sources")
@Tag(name = "Sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource extends WritableCollection<SourceInput, Source, SourceView> {

    @Inject
    RequestSnapshot snapshots;

    SourceResource(SourceRules rules) {
        super(rules, SourceView::from);
    }

    @GET
    @NonBlocking
    public RestResponse<Page<SourceView>> list(@BeanParam Listing listing, @BeanParam SourceQuery query) {
        return listing.answer(
                query.read(listing.parameters(), snapshots.current()),
                (s, lang) -> s.view().in(lang));
    }
}
