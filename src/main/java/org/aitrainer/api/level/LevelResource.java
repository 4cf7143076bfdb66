package org.aitrainer.api.level;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.language.LanguageParameter;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.RequestSnapshot;
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

    static final SortOrder.Fields<Localized<LevelView>> SORT = SortOrder.Fields.<Localized<LevelView>>builder()
            .field("level", (l, lang) -> l.zh().level())
            .field("trainingHours", (l, lang) -> l.zh().trainingHours())
            .build("-level", Comparator.comparingInt(l -> l.zh().level()));

    @Inject
    RequestSnapshot snapshots;

    @GET
    @NonBlocking
    @Operation(
            operationId = "listLevels",
            summary = "List the skill levels",
            description = "The five skill levels of the occupation with their standard training hours and "
                    + "application conditions, from the lowest (5) to the highest (1) by default.")
    public RestResponse<Page<LevelView>> list(
            @BeanParam Listing listing,
            @RestQuery
                    @Parameter(
                            description = "Allowed: level, trainingHours. Default: -level (5 first).",
                            example = "level")
                    String sort) {
        Levels levels = snapshots.current().part(Levels.class);
        return listing.answer(levels.all(), l -> true, listing.parameters().sort(sort, SORT), Localized::in);
    }

    @GET
    @NonBlocking
    @Path("/{level}")
    @Operation(
            operationId = "getLevel",
            summary = "Get one skill level",
            description = "A skill level by its number, 1 to 5. Any other value names no level: 404.")
    public LevelView get(
            @RestPath
                    @Parameter(
                            description = "The level number, 1 (highest) to 5 (lowest).",
                            example = "3",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"))
                    String level,
            @BeanParam LanguageParameter language) {
        return snapshots
                .current()
                .part(Levels.class)
                .find(parse(level))
                .map(l -> l.in(language.language()))
                .orElseThrow(() -> new ResourceNotFoundException("level", level));
    }

    private static int parse(String level) {
        if (level.matches("[1-5]")) {
            return Integer.parseInt(level);
        }
        throw new ResourceNotFoundException("level", level);
    }
}
