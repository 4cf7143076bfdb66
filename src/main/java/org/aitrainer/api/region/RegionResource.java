package org.aitrainer.api.region;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.write.WritableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/regions")
@Tag(name = "Regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource extends WritableCollection<RegionInput, Region, RegionView> {

    static final SortOrder.Fields<Regions.Entry> SORT = SortOrder.Fields.<Regions.Entry>builder()
            .field("code", (r, lang) -> r.code())
            .field("name", (r, lang) -> r.view().in(lang).name())
            .field("depth", (r, lang) -> r.depth())
            .build("depth,code", Comparator.comparing(Regions.Entry::code));

    @Inject
    RequestSnapshot snapshots;

    RegionResource(RegionRules rules, RegionHierarchy hierarchy) {
        super(rules, hierarchy::withFamily);
    }

    @GET
    @NonBlocking
    public RestResponse<Page<RegionView>> list(
            @BeanParam Listing listing, @RestQuery String parent, @RestQuery String sort) {
        Regions regions = snapshots.current().part(Regions.class);
        QueryParameters parameters = listing.parameters();
        SortOrder<Regions.Entry> order = parameters.sort(sort, SORT);
        List<String> parentChain =
                parameters.references("parent", parameters.regionCode("parent", parent), regions.chains());
        List<Regions.Entry> candidates = parentChain == null ? regions.all() : regions.inside(parentChain.get(0));
        return listing.answer(
                candidates, r -> true, order, (r, lang) -> r.view().in(lang));
    }
}
