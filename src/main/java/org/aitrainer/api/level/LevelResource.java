package org.aitrainer.api.level;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/levels")
@Tag(name = "Levels")
@Produces(MediaType.APPLICATION_JSON)
public class LevelResource {

    static final SortOrder.Fields SORT = SortOrder.Fields.builder()
            .field("level", "l.level")
            .field("trainingHours", "l.trainingHours")
            .build("-level", "l.level");

    private static final String SELECT = "select l from SkillLevel l join fetch l.source";

    @Inject
    EntityManager em;

    @GET
    @Operation(operationId = "listLevels", summary = "List the skill levels",
            description = "The five skill levels of the occupation with their standard training hours and "
                    + "application conditions, from the lowest (5) to the highest (1) by default.")
    public RestResponse<Page<LevelView>> list(
            @BeanParam LanguageParameter language,
            @BeanParam PageParameters paging,
            @RestQuery @Parameter(description = "Comma-separated fields, each optionally prefixed by - for "
                    + "descending order. Allowed: level, trainingHours. Default: -level (5 first).",
                    example = "level") String sort,
            @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = paging.read(parameters);
        SortOrder order = parameters.sort(sort, SORT);
        parameters.validate();
        Language lang = language.language();
        Page<SkillLevel> levels = new PagedQuery<>(SkillLevel.class, SELECT, "select count(l) from SkillLevel l")
                .page(em, order, lang, page);
        return PageLinks.ok(levels.map(l -> LevelView.from(l, lang)), uri);
    }

    @GET
    @Path("/{level}")
    @Operation(operationId = "getLevel", summary = "Get one skill level",
            description = "A skill level by its number, 1 to 5. Any other value names no level: 404.")
    public LevelView get(
            @RestPath @Parameter(description = "The level number, 1 (highest) to 5 (lowest).", example = "3",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"))
            String level,
            @BeanParam LanguageParameter language) {
        Short number = parse(level);
        return em.createQuery(SELECT + " where l.level = :level", SkillLevel.class)
                .setParameter("level", number)
                .getResultStream()
                .findFirst()
                .map(l -> LevelView.from(l, language.language()))
                .orElseThrow(() -> new ResourceNotFoundException("level", level));
    }

    private static Short parse(String level) {
        if (level.matches("[1-5]")) {
            return Short.valueOf(level);
        }
        throw new ResourceNotFoundException("level", level);
    }
}
