package org.aitrainer.api.change;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeFeed", description = "A batch of changes in commit order, and where the next batch starts.")
public record ChangeFeed(
        @Schema(description = "The changes after the requested cursor, oldest first.")
        List<ChangeView> items,

        @Schema(
                description = "The cursor to pass as since next time: the last change of this batch, or the "
                        + "requested cursor when there was none.",
                examples = "42")
        String nextCursor,

        @Schema(description = "True when more changes follow this batch: ask again at once.")
        boolean hasMore) {}
