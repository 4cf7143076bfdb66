package org.aitrainer.api.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "The administrative level of a region: the nation, a province (or a municipality directly "
                + "under the central government), a prefecture-level city, or a county.")
public enum RegionKind {
    COUNTRY,
    PROVINCE,
    PREFECTURE,
    COUNTY
}
