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
    public RestResponse<SubsidyLookup> find(
            @BeanParam Listing listing,
            @RestQuery String region,
            @RestQuery String level,
            @RestQuery String on,
            @RestQuery String sort) {
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
