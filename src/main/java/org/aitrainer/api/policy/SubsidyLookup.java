package org.aitrainer.api.policy;

import java.time.LocalDate;
import java.util.List;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.region.RegionRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SubsidyLookup",
        description = "The subsidies in force on one date: the question as answered, and one " + "page of the answer.")
public record SubsidyLookup(
        @Schema(
                description = "The date the answer is for (the requested one, or today in Asia/Shanghai).",
                examples = "2025-03-01")
        LocalDate on,

        @Schema(description = "The requested region; null when every region was asked for.", nullable = true)
        RegionRef region,

        @Schema(
                description = "The regions whose policies were searched, from the requested one up to the nation; "
                        + "empty when every region was asked for.")
        List<RegionRef> searchedRegions,

        @Schema(description = "The requested level; null for every level.", nullable = true, examples = "3")
        Integer level,

        @Schema(description = "The subsidies in force, most local first.")
        List<SubsidyView> items,

        Page.PageInfo page) {}
