package org.aitrainer.api.region;

import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Published("The salary ranges' and the policies' export sections name their region.")
@Schema(name = "RegionNameExport", description = "A region named where it is referred to, in both languages.")
public record RegionNameExport(@Schema(examples = "440300") String code, Texts name) {

    public static RegionNameExport from(Region region) {
        return region == null ? null : new RegionNameExport(region.code, Texts.of(region.name));
    }
}
