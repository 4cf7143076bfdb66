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
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/work-types")
@Tag(name = "Work types")
@Produces(MediaType.APPLICATION_JSON)
public class WorkTypeResource {

    static final SortOrder.Fields<Localized<WorkTypeView>> SORT = SortOrder.Fields.<Localized<WorkTypeView>>builder()
            .field("position", (w, lang) -> w.zh().position())
            .field("id", (w, lang) -> w.zh().id())
            .field("name", (w, lang) -> w.in(lang).name())
            .build("position");

    @Inject
    RequestSnapshot snapshots;

    @GET
    @NonBlocking
    public RestResponse<Page<WorkTypeView>> list(@BeanParam Listing listing, @RestQuery String sort) {
        WorkTypes workTypes = snapshots.current().part(WorkTypes.class);
        return listing.answer(workTypes.all(), w -> true, listing.parameters().sort(sort, SORT), Localized::in);
    }
}
