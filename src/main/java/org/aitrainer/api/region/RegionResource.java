package org.aitrainer.api.region;

import jakarta.ws.rs.Path;
import org.aitrainer.api.write.WritableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regions, at {@code /api/v1/regions}: list them, or those inside one ({@link RegionQuery}); add one. */
@Path(RegionCollection.PATH)
@Tag(name = RegionResource.TAG)
public class RegionResource extends WritableCollection<Regions.Entry, RegionInput, Region, RegionView> {

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Regions";

    public static final String ABOUT = "The administrative divisions policies refer to (GB/T 2260).";

    RegionResource(RegionRules rules, RegionHierarchy hierarchy) {
        super(RegionCollection.DECLARED, (region, lang) -> region.view().in(lang), rules, hierarchy::withFamily);
    }
}
