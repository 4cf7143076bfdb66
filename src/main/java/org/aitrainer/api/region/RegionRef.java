package org.aitrainer.api.region;

import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Published;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Published("Salary ranges and policies show their region.")
@Schema(name = "RegionRef", description = "A region named where it is referred to.")
public record RegionRef(
        @Schema(description = "GB/T 2260 code, or CN for the nation.", examples = "440300")
        String code,

        @Schema(description = "Name, in the response language.", examples = "Shenzhen")
        String name) {

    public static RegionRef from(Region region, Language language) {
        return region == null ? null : new RegionRef(region.code, region.name.in(language));
    }
}
