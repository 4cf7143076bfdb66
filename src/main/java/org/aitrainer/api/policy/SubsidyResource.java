package org.aitrainer.api.policy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aitrainer.api.region.Region;
import org.aitrainer.api.region.RegionHierarchy;
import org.aitrainer.api.region.RegionRef;
import org.aitrainer.api.shared.Language;
import org.aitrainer.api.shared.LanguageParameter;
import org.aitrainer.api.shared.Page;
import org.aitrainer.api.shared.PageLinks;
import org.aitrainer.api.shared.PageParameters;
import org.aitrainer.api.shared.PageRequest;
import org.aitrainer.api.shared.PagedQuery;
import org.aitrainer.api.shared.QueryParameters;
import org.aitrainer.api.shared.ShanghaiDate;
import org.aitrainer.api.shared.SortOrder;
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

    static final SortOrder.Fields SORT = SortOrder.Fields.builder()
            .field("region", "r.depth")
            .field("level", "b.level")
            .field("amount", "b.amount")
            .field("effectiveFrom", "b.effectiveFrom")
            .build("-region,-level", "b.id");

    @Inject
    EntityManager em;

    @Inject
    RegionHierarchy regions;

    @GET
    @Operation(operationId = "findSubsidies", summary = "Find the subsidies in force on a date",
            description = "The benefits in force on date `on` for a region and every region enclosing it, up to the "
                    + "nation, for one skill level or all of them. A benefit is in force when its policy is and the "
                    + "date lies within its own effective dates (both inclusive; a missing date leaves that side "
                    + "open). Ask for Shenzhen level 3 on 2025-02-28 and on 2025-03-01 to see the 2,000 and 2,400 "
                    + "yuan amounts.")
    public RestResponse<SubsidyLookup> find(
            @BeanParam LanguageParameter language,
            @BeanParam PageParameters paging,
            @RestQuery @Parameter(description = "The region (a GB/T 2260 code, or CN for the nation). Subsidies of "
                    + "the regions enclosing it are included. Without it, every region. An unknown code is a 400.",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^(CN|[1-9][0-9]{5})$"), example = "440300")
            String region,
            @RestQuery @Parameter(description = "The skill level, 1 to 5. Benefits not tied to a level are included. "
                    + "Without it, every level.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "5"), example = "3")
            String level,
            @RestQuery @Parameter(description = "The date (YYYY-MM-DD). Default: today in Asia/Shanghai.",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2025-03-01")
            String on,
            @RestQuery @Parameter(description = "Comma-separated fields, each optionally prefixed by - for "
                    + "descending order. Allowed: region (from the nation down), level, amount, effectiveFrom. "
                    + "Default: -region,-level (most local first, level 5 first).", example = "-amount")
            String sort,
            @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = paging.read(parameters);
        Integer levelNumber = parameters.level("level", level);
        LocalDate requested = parameters.date("on", on);
        SortOrder order = parameters.sort(sort, SORT);
        List<String> regionChain = regions.filter(parameters, "region", region);
        parameters.validate();
        Language lang = language.language();
        LocalDate date = requested == null ? ShanghaiDate.today() : requested;

        Page<Benefit> benefits = new PagedQuery<>(Benefit.class,
                "select b from Benefit b join fetch b.policy p join fetch p.region r join fetch b.source",
                "select count(b) from Benefit b join b.policy p join p.region r")
                .where(Policy.IN_FORCE)
                .where(Benefit.IN_FORCE)
                .parameter("on", date)
                .where("r.code in :regions", "regions", regionChain)
                .where("b.level = :level or b.level is null", "level",
                        levelNumber == null ? null : levelNumber.shortValue())
                .page(em, order, lang, page);

        List<RegionRef> searched = searchedRegions(regionChain, lang);
        SubsidyLookup lookup = new SubsidyLookup(date, searched.isEmpty() ? null : searched.get(0), searched,
                levelNumber, benefits.items().stream().map(b -> SubsidyView.from(b, lang)).toList(), benefits.page());
        return PageLinks.ok(lookup, benefits.page(), uri);
    }

    private static List<RegionRef> searchedRegions(List<String> chain, Language language) {
        if (chain == null) {
            return List.of();
        }
        Map<String, Region> byCode = Region.<Region>list("code in ?1", chain).stream()
                .collect(Collectors.toMap(r -> r.code, Function.identity()));
        return chain.stream().map(code -> RegionRef.from(byCode.get(code), language)).toList();
    }
}
