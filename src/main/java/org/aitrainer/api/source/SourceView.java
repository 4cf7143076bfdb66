package org.aitrainer.api.source;

import java.time.LocalDate;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Source", description = "Where facts were read. Every fact-bearing record names one by its id.")
public record SourceView(
        @Schema(description = "Stable public id (slug).", examples = "nosc-2021")
        String id,

        @Schema(
                description = "Title, in the response language.",
                examples = "National Occupational Skill Standard: AI Trainer (2021 edition)")
        String title,

        @Schema(
                description = "Publisher, in the response language; null when unknown.",
                nullable = true,
                examples = "MOHRSS and MIIT")
        String publisher,

        @Schema(
                description = "Where to read it; null when it has no public address.",
                nullable = true,
                examples = "https://m.ithome.com/html/589256.htm")
        String url,

        @Schema(description = "Publication date; null when unknown.", nullable = true, examples = "2021-11-28")
        LocalDate publishedOn,

        @Schema(description = "When it was last read; null when not recorded.", nullable = true)
        LocalDate accessedOn,

        @Schema(description = "Remarks on the source, in the response language; null when none.", nullable = true)
        String note) {

    public static SourceView from(Source source, Language language) {
        return new SourceView(
                source.slug,
                source.title.in(language),
                LocalizedText.in(source.publisher, language),
                source.url,
                source.publishedOn,
                source.accessedOn,
                LocalizedText.in(source.note, language));
    }
}
