package org.aitrainer.api.change;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "DataVersion",
        description = "One data version: what one write (or one data migration) committed, and where to read it.")
public record VersionView(
        @Schema(
                description = "The data version: the cursor of its last change in the change feed, as X-Data-Version "
                        + "names it. Pass it as version to any GET to read the answers as they were then.",
                examples = "160")
        long version,

        @Schema(description = "When it was committed.") OffsetDateTime committedAt,

        @Schema(description = "Records it created.", examples = "1")
        int created,

        @Schema(description = "Records it updated.", examples = "0")
        int updated,

        @Schema(description = "Records it deleted.", examples = "0")
        int deleted,

        @Schema(
                description = "Whether the answers at this version can be read with version: false before the "
                        + "earliest version kept (the last one a data migration wrote), which answers 410.",
                examples = "true")
        boolean rebuildable,

        @Schema(
                description = "Its changes in the change feed: the feed from the version before it, as many as it "
                        + "made (at most 1000 a page; the items' version tells where it ends).",
                examples = "/api/v1/changes?since=159&limit=1")
        String changes) {}
