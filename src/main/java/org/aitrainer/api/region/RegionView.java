package org.aitrainer.api.region;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.aitrainer.api.core.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "An administrative division that policies and salary figures refer to.")
public record RegionView(
        @Schema(description = "GB/T 2260 code, or CN for the nation.", examples = "440300")
        String code,

        @Schema(description = "Name, in the response language.", examples = "Shenzhen")
        String name,

        @Schema(description = "Administrative level.") RegionKind kind,

        @Schema(description = "The enclosing region's code; null for the nation.", nullable = true, examples = "440000")
        String parentCode,

        @Schema(description = "Single-region responses only: the enclosing regions, from the nation down.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<RegionRef> ancestors,

        @Schema(description = "Single-region responses only: the regions directly inside this one.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<RegionRef> children) {

    public static RegionView from(Region region, Language language) {
        return new RegionView(region.code, region.name.in(language), region.kind, region.parentCode, null, null);
    }

    public RegionView withFamily(List<RegionRef> ancestors, List<RegionRef> children) {
        return new RegionView(code, name, kind, parentCode, ancestors, children);
    }
}
