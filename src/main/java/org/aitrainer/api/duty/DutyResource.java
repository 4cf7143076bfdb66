package org.aitrainer.api.duty;

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
import org.aitrainer.api.worktype.WorkType;
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

    static final SortOrder.Fields SORT = SortOrder.Fields.builder()
            .field("id", "d.slug")
            .field("name", "d.name.{lang}")
            .field("kind", "d.kind")
            .field("position", "d.position")
            .build(null, "d.id");

    private static final String SELECT = "select d from Duty d left join fetch d.parent join fetch d.source";

    @Inject
    EntityManager em;

    @GET
    @Operation(operationId = "listDuties", summary = "List duties",
            description = "The duties of the occupation: the duty areas described for the public, the occupational "
                    + "functions of the official assessment outline per level with their work contents, and the main "
                    + "tasks named when the occupation was created. Each names the levels and work types it applies "
                    + "to where a source says so; filters match only those.")
    public RestResponse<Page<DutyView>> list(
            @BeanParam LanguageParameter language,
            @BeanParam PageParameters paging,
            @RestQuery @Parameter(description = "Only duties that apply at this skill level, 1 to 5.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"), example = "3")
            String level,
            @RestQuery @Parameter(description = "Only duties of this work type (its id). An unknown id is a 400.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"data-annotator",
                            "ai-algorithm-tester"}))
            String workType,
            @RestQuery @Parameter(description = "Only duties of this kind.",
                    schema = @Schema(implementation = DutyKind.class))
            String kind,
            @RestQuery @Parameter(description = "Only duties whose name or description contains this text, in "
                    + "either language, ignoring case. At most 100 characters.", example = "标注")
            String q,
            @RestQuery @Parameter(description = "Comma-separated fields, each optionally prefixed by - for "
                    + "descending order. Allowed: id, name, kind, position. Default: the order of the sources.",
                    example = "kind,position")
            String sort,
            @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = paging.read(parameters);
        Integer levelNumber = parameters.level("level", level);
        String workTypeSlug = WorkType.filter(parameters, "workType", workType);
        DutyKind dutyKind = parameters.oneOf("kind", kind, DutyKind.class);
        String text = parameters.text("q", q);
        SortOrder order = parameters.sort(sort, SORT);
        parameters.validate();
        Language lang = language.language();
        Page<Duty> duties = new PagedQuery<>(Duty.class, SELECT, "select count(d) from Duty d")
                .where("exists (select 1 from Duty x join x.levels l where x = d and l = :level)", "level",
                        levelNumber == null ? null : levelNumber.shortValue())
                .where("exists (select 1 from Duty x join x.workTypes w where x = d and w.slug = :workType)",
                        "workType", workTypeSlug)
                .where("d.kind = :kind", "kind", dutyKind)
                .where("lower(d.name.zh) like :q escape '!' or lower(d.name.en) like :q escape '!'"
                        + " or lower(d.description.zh) like :q escape '!' or lower(d.description.en) like :q escape '!'",
                        "q", text == null ? null : PagedQuery.containing(text))
                .page(em, order, lang, page);
        return PageLinks.ok(duties.map(d -> DutyView.from(d, lang)), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getDuty", summary = "Get one duty",
            description = "A duty by its id, with its parts (children) in order.")
    public DutyView get(
            @RestPath @Parameter(description = "The duty's id (slug).", example = "l3-intelligent-training")
            String slug,
            @BeanParam LanguageParameter language) {
        return em.createQuery(SELECT + " where d.slug = :slug", Duty.class)
                .setParameter("slug", ResourceNotFoundException.slug("duty", slug))
                .getResultStream()
                .findFirst()
                .map(d -> DutyView.withChildren(d, language.language()))
                .orElseThrow(() -> new ResourceNotFoundException("duty", slug));
    }
}
