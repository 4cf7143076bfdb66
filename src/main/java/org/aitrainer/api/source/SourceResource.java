package org.aitrainer.api.source;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.http.language.LanguageParameter;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.write.CreateRequest;
import org.aitrainer.api.write.IfMatch;
import org.aitrainer.api.write.Roles;
import org.aitrainer.api.write.UpdateRequest;
import org.aitrainer.api.write.Writes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/sources")
@Tag(name = "Sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    static final SortOrder.Fields<Sources.Entry> SORT = SortOrder.Fields.<Sources.Entry>builder()
            .field("id", (s, lang) -> s.slug())
            .field("title", (s, lang) -> s.view().in(lang).title())
            .field("publishedOn", (s, lang) -> s.view().zh().publishedOn())
            .build(null);

    @Inject
    RequestSnapshot snapshots;

    @Inject
    Writes writes;

    @Inject
    SourceRules rules;

    @GET
    @NonBlocking
    @Operation(
            operationId = "listSources",
            summary = "List sources",
            description = "Every document the data was read from: the national standard, policy texts, news reports, "
                    + "reposts and the article this data set started from. Records refer to them by id "
                    + "(`sourceId`).")
    public RestResponse<Page<SourceView>> list(
            @BeanParam Listing listing,
            @RestQuery
                    @Parameter(
                            description =
                                    "Allowed: id, title, publishedOn. Default: the order the sources were recorded in.",
                            example = "-publishedOn")
                    String sort) {
        Sources sources = snapshots.current().part(Sources.class);
        return listing.answer(
                sources.all(),
                s -> true,
                listing.parameters().sort(sort, SORT),
                (s, lang) -> s.view().in(lang));
    }

    @GET
    @NonBlocking
    @Path("/{slug}")
    @Operation(
            operationId = "getSource",
            summary = "Get one source",
            description = "A source by its id, with the ETag a PUT or DELETE sends back in If-Match.")
    public RestResponse<SourceView> get(
            @RestPath @Parameter(description = "The source's id (slug).", example = "nosc-2021") String slug,
            @BeanParam LanguageParameter language) {
        Language lang = language.language();
        Sources.Entry source = snapshots
                .current()
                .part(Sources.class)
                .find(ResourceNotFoundException.slug("source", slug))
                .orElseThrow(() -> new ResourceNotFoundException("source", slug));
        return ETags.ok(source.view().in(lang), source.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            operationId = "createSource",
            summary = "Create a source",
            description = "Adds a source that records can then cite by its id, every text in both languages. Needs the "
                    + "editor or admin role.")
    public RestResponse<SourceView> create(@Valid @NotNull SourceInput input, @BeanParam CreateRequest request) {
        return writes.create(rules, request, input, SourceView::from);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            operationId = "updateSource",
            summary = "Update a source",
            description =
                    "Replaces a source's fields; its id never changes. Needs the editor or admin role and If-Match.")
    public RestResponse<SourceView> update(
            @RestPath @Parameter(description = "The source's id (slug).") String slug,
            @Valid @NotNull SourceInput input,
            @BeanParam UpdateRequest request) {
        return writes.update(rules, slug, request, input, SourceView::from);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "deleteSource",
            summary = "Delete a source",
            description = "Deletes a source for good; the change feed keeps what it was. A source that any record "
                    + "still cites, a deleted policy or benefit included, cannot be deleted: that is a 409. Needs the "
                    + "admin role and If-Match.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(
            @RestPath @Parameter(description = "The source's id (slug).") String slug, @BeanParam IfMatch ifMatch) {
        writes.delete(rules, slug, ifMatch);
    }
}
