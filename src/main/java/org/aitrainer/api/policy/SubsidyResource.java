package org.aitrainer.api.policy;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.ShanghaiDate;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.region.RegionRef;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.ReadSnapshot;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/subsidies")
@Tag(name = "Subsidies")
@Produces(MediaType.APPLICATION_JSON)
public class SubsidyResource {

    static final SortOrder.Fields<Policies.Subsidy> SORT = SortOrder.Fields.<Policies.Subsidy>builder()
            .field("region", (b, lang) -> b.regionDepth())
            .field("level", (b, lang) -> b.level())
            .field("amount", (b, lang) -> b.amount())
            .field("effectiveFrom", (b, lang) -> b.effectiveFrom())
            .build("-region,-level", Comparator.comparingLong(Policies.Subsidy::id));

    @Inject
    RequestSnapshot snapshots;

    @GET
    @NonBlocking
    @Operation(
            operationId = "findSubsidies",
            summary = "Find the subsidies in force on a date",
            description = "The benefits in force on date `on` for a region and every region enclosing it, up to the "
                    + "nation, for one skill level or all of them. A benefit is in force when its policy is and the "
                    + "date lies within its own effective dates (both inclusive; a missing date leaves that side "
                    + "open). Ask for Shenzhen level 3 on 2025-02-28 and on 2025-03-01 to see the 2,000 and 2,400 "
                    + "yuan amounts.")
    public RestResponse<SubsidyLookup> find(
            @BeanParam Listing listing,
            @RestQuery
                    @Parameter(
                            description =
                                    "The region (a GB/T 2260 code, or CN for the nation). Subsidies of "
                                            + "the regions enclosing it are included. Without it, every region. An unknown code is a 400.",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^(CN|[1-9][0-9]{5})$"),
                            example = "440300")
                    String region,
            @RestQuery
                    @Parameter(
                            description = "The skill level, 1 to 5. Benefits not tied to a level are included. "
                                    + "Without it, every level.",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"),
                            example = "3")
                    String level,
            @RestQuery
                    @Parameter(
                            description = "The date (YYYY-MM-DD). Default: today in Asia/Shanghai.",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2025-03-01")
                    String on,
            @RestQuery
                    @Parameter(
                            description =
                                    "Allowed: region (from the nation down), level, amount, effectiveFrom. Default: "
                                            + "-region,-level (most local first, level 5 first).",
                            example = "-amount")
                    String sort) {
        ReadSnapshot snapshot = snapshots.current();
        QueryParameters parameters = listing.parameters();
        Integer levelNumber = parameters.level("level", level);
        LocalDate requested = parameters.date("on", on);
        SortOrder<Policies.Subsidy> order = parameters.sort(sort, SORT);
        Regions regions = snapshot.part(Regions.class);
        List<String> regionChain =
                parameters.references("region", parameters.regionCode("region", region), regions.chains());
        LocalDate date = requested == null ? ShanghaiDate.today() : requested;
        Policies policies = snapshot.part(Policies.class);
        Page<Policies.Subsidy> benefits = listing.select(
                regionChain == null ? policies.subsidies() : policies.subsidiesIn(regionChain),
                b -> b.inForce(date) && (levelNumber == null || b.forLevel(levelNumber)),
                order);

        Language lang = listing.language();
        List<RegionRef> searched = regionChain == null ? List.of() : regions.refs(regionChain, lang);
        SubsidyLookup lookup = new SubsidyLookup(
                date,
                searched.isEmpty() ? null : searched.get(0),
                searched,
                levelNumber,
                benefits.items().stream().map(b -> b.view().in(lang)).toList(),
                benefits.page());
        return listing.ok(lookup, benefits.page());
    }
}
