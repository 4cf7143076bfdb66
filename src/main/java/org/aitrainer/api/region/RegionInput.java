package org.aitrainer.api.region;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.aitrainer.api.core.RegionCodes;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.write.WriteBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region as partners write it, both languages at once; also the region's record in the change feed. */
@Schema(
        name = "RegionInput",
        description = "An administrative division as written by partners, its name in both " + "languages.")
public record RegionInput(
        @NotBlank
        @Pattern(regexp = RegionCodes.PATTERN, message = "must be a GB/T 2260 region code of six digits, " + "or CN")
        @Schema(
                description = "The GB/T 2260 code; on PUT, the code in the path. CN is the "
                        + "nation, which exists already.",
                examples = "440300")
        String code,

        @Pattern(regexp = RegionCodes.PATTERN, message = "must be a GB/T 2260 region code of six digits, or CN")
        @Schema(
                description = "The enclosing region's code; required unless kind is COUNTRY (the nation has none).",
                examples = "440000")
        String parentCode,

        @NotNull
        @Schema(
                description = "Administrative level: deeper than the enclosing region's, and only the "
                        + "nation is a COUNTRY.")
        RegionKind kind,

        @NotNull @Valid @Schema(description = "The region's name.")
        Texts name)
        implements WriteBody {

    public static RegionInput from(Region region) {
        return new RegionInput(region.code, region.parentCode, region.kind, Texts.of(region.name));
    }
}
