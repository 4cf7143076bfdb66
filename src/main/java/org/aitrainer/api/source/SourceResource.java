package org.aitrainer.api.source;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.aitrainer.api.shared.Language;
import org.aitrainer.api.shared.LanguageParameter;
import org.aitrainer.api.shared.Page;
import org.aitrainer.api.shared.PageLinks;
import org.aitrainer.api.shared.PageParameters;
import org.aitrainer.api.shared.PageRequest;
import org.aitrainer.api.shared.PagedQuery;
import org.aitrainer.api.shared.QueryParameters;
import org.aitrainer.api.shared.ResourceNotFoundException;
import org.aitrainer.api.shared.SortOrder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/sources")
@Tag(name = "Sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    static final SortOrder.Fields SORT = SortOrder.Fields.builder()
            .field("id", "s.slug")
            .field("title", "s.title.{lang}")
            .field("publishedOn", "s.publishedOn")
            .build(null, "s.id");

    @Inject
    EntityManager em;

    @GET
    @Operation(operationId = "listSources", summary = "List sources",
            description = "Every document the data was read from: the national standard, policy texts, news reports, "
                    + "reposts and the article this data set started from. Records refer to them by id "
                    + "(`sourceId`).")
    public RestResponse<Page<SourceView>> list(
            @BeanParam LanguageParameter language,
            @BeanParam PageParameters paging,
            @RestQuery @Parameter(description = "Comma-separated fields, each optionally prefixed by - for "
                    + "descending order. Allowed: id, title, publishedOn. Default: the order the sources were "
                    + "recorded in.", example = "-publishedOn") String sort,
            @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = paging.read(parameters);
        SortOrder order = parameters.sort(sort, SORT);
        parameters.validate();
        Language lang = language.language();
        Page<Source> sources = new PagedQuery<>(Source.class, "select s from Source s", "select count(s) from Source s")
                .page(em, order, lang, page);
        return PageLinks.ok(sources.map(s -> SourceView.from(s, lang)), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getSource", summary = "Get one source", description = "A source by its id.")
    public SourceView get(
            @RestPath @Parameter(description = "The source's id (slug).", example = "nosc-2021") String slug,
            @BeanParam LanguageParameter language) {
        return Source.findBySlug(slug)
                .map(source -> SourceView.from(source, language.language()))
                .orElseThrow(() -> new ResourceNotFoundException("source", slug));
    }
}
