package org.aitrainer.api.duty;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.core.SearchText;
import org.aitrainer.api.http.language.LanguageParameter;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.ReadSnapshot;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.worktype.WorkTypes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/duties")
@Tag(name = "Duties")
@Produces(MediaType.APPLICATION_JSON)
public class DutyResource {

    static final SortOrder.Fields<Duties.Entry> SORT = SortOrder.Fields.<Duties.Entry>builder()
            .field("id", (d, lang) -> d.view().zh().id())
            .field("name", (d, lang) -> d.view().in(lang).name())
            .field("kind", (d, lang) -> d.view().zh().kind().name())
            .field("position", (d, lang) -> d.view().zh().position())
            .build(null);

    @Inject
    RequestSnapshot snapshots;

    @GET
    @NonBlocking
    @Operation(
            operationId = "listDuties",
            summary = "List duties",
            description = "The duties of the occupation: the duty areas described for the public, the occupational "
                    + "functions of the official assessment outline per level with their work contents, and the main "
                    + "tasks named when the occupation was created. Each names the levels and work types it applies "
                    + "to where a source says so; filters match only those.")
    public RestResponse<Page<DutyView>> list(
            @BeanParam Listing listing,
            @RestQuery
                    @Parameter(
                            description = "Only duties that apply at this skill level, 1 to 5.",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"),
                            example = "3")
                    String level,
            @RestQuery
                    @Parameter(
                            description = "Only duties of this work type (its id). An unknown id is a 400.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"data-annotator", "ai-algorithm-tester"}))
                    String workType,
            @RestQuery
                    @Parameter(
                            description = "Only duties of this kind.",
                            schema = @Schema(implementation = DutyKind.class))
                    String kind,
            @RestQuery
                    @Parameter(
                            description = "Only duties whose name or description contains this text, in "
                                    + "either language, ignoring case. At most 100 characters.",
                            example = "标注")
                    String q,
            @RestQuery
                    @Parameter(
                            description = "Allowed: id, name, kind, position. Default: the order of the sources.",
                            example = "kind,position")
                    String sort) {
        ReadSnapshot snapshot = snapshots.current();
        QueryParameters parameters = listing.parameters();
        Integer levelNumber = parameters.level("level", level);
        String workTypeSlug = parameters.references(
                "workType",
                parameters.slug("workType", workType),
                snapshot.part(WorkTypes.class).slugs());
        DutyKind dutyKind = parameters.oneOf("kind", kind, DutyKind.class);
        String text = parameters.text("q", q);
        SortOrder<Duties.Entry> order = parameters.sort(sort, SORT);
        String folded = text == null ? null : SearchText.fold(text);
        return listing.answer(
                snapshot.part(Duties.class).all(),
                d -> (levelNumber == null || d.view().zh().levels().contains(levelNumber))
                        && (workTypeSlug == null || d.view().zh().workTypes().contains(workTypeSlug))
                        && (dutyKind == null || d.view().zh().kind() == dutyKind)
                        && (folded == null || d.text().contains(folded)),
                order,
                (d, lang) -> d.view().in(lang));
    }

    @GET
    @NonBlocking
    @Path("/{slug}")
    @Operation(
            operationId = "getDuty",
            summary = "Get one duty",
            description = "A duty by its id, with its parts (children) in order.")
    public DutyView get(
            @RestPath @Parameter(description = "The duty's id (slug).", example = "l3-intelligent-training")
                    String slug,
            @BeanParam LanguageParameter language) {
        return snapshots
                .current()
                .part(Duties.class)
                .find(ResourceNotFoundException.slug("duty", slug))
                .map(d -> d.withChildren().in(language.language()))
                .orElseThrow(() -> new ResourceNotFoundException("duty", slug));
    }
}
