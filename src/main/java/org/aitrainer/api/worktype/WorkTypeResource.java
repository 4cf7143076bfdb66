package org.aitrainer.api.worktype;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.language.LanguageParameter;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
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
    @Operation(
            operationId = "listWorkTypes",
            summary = "List the work types",
            description = "The work types (工种) of the occupation: the two of the 2021 standard in its order, then "
                    + "人工智能数字人训练师, added on 2024-07-31; each with the date it was added and its source.")
    public RestResponse<Page<WorkTypeView>> list(
            @BeanParam Listing listing,
            @RestQuery @Parameter(description = "Allowed: position, id, name. Default: position.", example = "name")
                    String sort) {
        WorkTypes workTypes = snapshots.current().part(WorkTypes.class);
        return listing.answer(workTypes.all(), w -> true, listing.parameters().sort(sort, SORT), Localized::in);
    }

    @GET
    @NonBlocking
    @Path("/{slug}")
    @Operation(operationId = "getWorkType", summary = "Get one work type", description = "A work type by its id.")
    public WorkTypeView get(
            @RestPath @Parameter(description = "The work type's id (slug).", example = "data-annotator") String slug,
            @BeanParam LanguageParameter language) {
        return snapshots
                .current()
                .part(WorkTypes.class)
                .find(ResourceNotFoundException.slug("work type", slug))
                .map(w -> w.in(language.language()))
                .orElseThrow(() -> new ResourceNotFoundException("work type", slug));
    }
}
