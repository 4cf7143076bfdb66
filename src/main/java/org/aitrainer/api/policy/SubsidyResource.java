package org.aitrainer.api.policy;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.http.ApiLink;
import org.aitrainer.api.http.Linked;
import org.aitrainer.api.http.query.Listing;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.region.RegionRef;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.ReadSnapshot;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(SubsidyResource.PATH)
@Tag(name = SubsidyResource.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class SubsidyResource implements Linked {

    static final String PATH = "/api/v1/subsidies";

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Subsidies";

    public static final String ABOUT =
            "Which subsidies were, are or will be in force on a date, for a region and a level.";

    @Inject
    RequestSnapshot snapshots;

    @GET
    @NonBlocking
    public RestResponse<SubsidyLookup> find(@BeanParam Listing listing) {
        ReadSnapshot snapshot = snapshots.current();
        SubsidyQuery.Asked asked = SubsidyQuery.read(listing.parameters(), snapshot);
        Page<Policies.Subsidy> benefits = listing.select(asked.subsidies());
        Language lang = listing.language();
        List<String> chain = asked.regionChain();
        List<RegionRef> searched =
                chain == null ? List.of() : snapshot.part(Regions.class).refs(chain, lang);
        SubsidyLookup lookup = new SubsidyLookup(
                asked.date(),
                searched.isEmpty() ? null : searched.get(0),
                searched,
                asked.level(),
                benefits.items().stream().map(b -> b.view().in(lang)).toList(),
                benefits.page());
        return listing.ok(lookup, benefits.page());
    }

    @Override
    public List<ApiLink> links() {
        return List.of(new ApiLink(70, "subsidies", PATH, "现行补贴查询", "Subsidies in force on a date"));
    }

    @Override
    public List<String> warmUp() {
        return List.of(PATH, PATH + "?region=440300&level=3");
    }
}
