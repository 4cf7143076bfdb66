package org.aitrainer.api.region;

import jakarta.ws.rs.Path;
import org.aitrainer.api.write.WritableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regions, at {@code /api/v1/regions}: list them, or those inside one ({@link RegionQuery}); add one. */
@Path("/api/v1/regions")
@Tag(name = "Regions")
public class RegionResource extends WritableCollection<Regions.Entry, RegionInput, Region, RegionView> {

    RegionResource(RegionRules rules, RegionHierarchy hierarchy) {
        super(RegionQuery::read, (region, lang) -> region.view().in(lang), rules, hierarchy::withFamily);
    }
}
