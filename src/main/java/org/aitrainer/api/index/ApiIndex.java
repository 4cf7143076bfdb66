package org.aitrainer.api.index;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiIndex", description = "The entry point: what this API serves and where.")
public record ApiIndex(
        @Schema(description = "The API's name, in the response language.")
        String title,

        @Schema(description = "The API version.", examples = "v1")
        String version,

        @Schema(description = "The resources and documents of this API.")
        List<Link> links) {

    @Schema(name = "IndexLink", description = "A link to a resource or document.")
    public record Link(
            @Schema(description = "The relation: the collection's name, or docs.", examples = "levels")
            String rel,

            @Schema(description = "The path.", examples = "/api/v1/levels")
            String href,

            @Schema(description = "What is there, in the response language.")
            String title) {}
}
