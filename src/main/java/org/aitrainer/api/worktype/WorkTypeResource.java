package org.aitrainer.api.worktype;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.language.LanguageParameter;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.PageLinks;
import org.aitrainer.api.http.query.PageParameters;
import org.aitrainer.api.http.query.PageRequest;
import org.aitrainer.api.http.query.QueryParameters;
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
            @BeanParam LanguageParameter language,
            @BeanParam PageParameters paging,
            @RestQuery
                    @Parameter(
                            description = "Comma-separated fields, each optionally prefixed by - for "
                                    + "descending order. Allowed: position, id, name. Default: position.",
                            example = "name")
                    String sort,
            @Context UriInfo uri) {
        WorkTypes workTypes = snapshots.current().part(WorkTypes.class);
        QueryParameters parameters = new QueryParameters();
        PageRequest page = paging.read(parameters);
        SortOrder<Localized<WorkTypeView>> order = parameters.sort(sort, SORT);
        parameters.validate();
        Language lang = language.language();
        return PageLinks.ok(
                Page.select(workTypes.all(), w -> true, order.comparator(lang), page)
                        .map(w -> w.in(lang)),
                uri);
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
