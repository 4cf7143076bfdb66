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
    public RestResponse<Page<SourceView>> list(@BeanParam Listing listing, @RestQuery String sort) {
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
    public RestResponse<SourceView> get(@RestPath String slug, @BeanParam LanguageParameter language) {
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
    public RestResponse<SourceView> create(@Valid @NotNull SourceInput input, @BeanParam CreateRequest request) {
        return writes.create(rules, request, input, SourceView::from);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public RestResponse<SourceView> update(
            @RestPath String slug, @Valid @NotNull SourceInput input, @BeanParam UpdateRequest request) {
        return writes.update(rules, slug, request, input, SourceView::from);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    public void delete(@RestPath String slug, @BeanParam IfMatch ifMatch) {
        writes.delete(rules, slug, ifMatch);
    }
}
