package org.aitrainer.api.worktype;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/work-types")
@Tag(name = "Work types")
@Produces(MediaType.APPLICATION_JSON)
public class WorkTypeResource {

    @Inject
    RequestSnapshot snapshots;

    @GET
    @NonBlocking
    public RestResponse<Page<WorkTypeView>> list(@BeanParam Listing listing, @BeanParam WorkTypeQuery query) {
        return listing.answer(query.read(listing.parameters(), snapshots.current()), Localized::in);
    }
}
