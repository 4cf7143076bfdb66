package org.aitrainer.api.region;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.aitrainer.api.write.WritableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/regions")
@Tag(name = "Regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource extends WritableCollection<RegionInput, Region, RegionView> {

    @Inject
    RequestSnapshot snapshots;

    RegionResource(RegionRules rules, RegionHierarchy hierarchy) {
        super(rules, hierarchy::withFamily);
    }

    @GET
    @NonBlocking
    public RestResponse<Page<RegionView>> list(@BeanParam Listing listing, @BeanParam RegionQuery query) {
        return listing.answer(
                query.read(listing.parameters(), snapshots.current()),
                (r, lang) -> r.view().in(lang));
    }
}
