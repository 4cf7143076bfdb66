package org.aitrainer.api.source;

import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Published;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Published("Policies show the source a record cites.")
@Schema(name = "SourceRef", description = "A source named where it is cited, enough to show and link it.")
public record SourceRef(
        @Schema(description = "The source's id.", examples = "sz-repost-cdhao")
        String id,

        @Schema(description = "Title, in the response language.")
        String title,

        @Schema(description = "Where to read it; null when it has no public address.", nullable = true)
        String url) {

    public static SourceRef from(Source source, Language language) {
        return new SourceRef(source.slug, source.title.in(language), source.url);
    }
}
