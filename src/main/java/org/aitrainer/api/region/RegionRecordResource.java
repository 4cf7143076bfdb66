package org.aitrainer.api.region;

import jakarta.ws.rs.Path;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.write.WritableRecord;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One region, at {@code /api/v1/regions/{code}}: read it with its family, rename or move it, delete it. */
@Path("/api/v1/regions/{code}")
@Tag(name = RegionResource.TAG)
public class RegionRecordResource extends WritableRecord<String, RegionInput, Region, RegionView> {

    RegionRecordResource(RegionRules rules, RegionHierarchy hierarchy) {
        super(
                RegionCollection.DECLARED,
                "region",
                rules,
                (noun, code) -> ResourceNotFoundException.regionCode(code),
                Regions.class,
                hierarchy::withFamily);
    }
}
