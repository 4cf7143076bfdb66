package org.aitrainer.api.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.aitrainer.api.core.Slugs;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.write.WriteBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as partners write it, both languages at once; also the source's record in the change feed. */
@Schema(name = "SourceInput", description = "A source as written by partners, with every text in both languages.")
public record SourceInput(
        @NotBlank
        @Size(max = 80)
        @Pattern(
                regexp = Slugs.PATTERN,
                message = "must be a slug of lower-case letters, " + "digits and single hyphens")
        @Schema(
                description = "The source's id (slug); on PUT, the id in the " + "path.",
                examples = "hubei-2024-catalogue")
        String id,

        @NotNull @Valid @Schema(description = "The title.") Texts title,

        @Valid @Schema(description = "The publisher; null when unknown.")
        Texts publisher,

        @Size(max = 2000)
        @Pattern(regexp = URL_PATTERN, message = "must be an http or https URL")
        @Schema(
                description = "Where to read it, an http or https URL of at most 2000 characters; null when it has "
                        + "no public address.",
                examples = "https://m.ithome.com/html/589256.htm")
        String url,

        @Schema(description = "Publication date; null when unknown.", examples = "2021-11-28")
        LocalDate publishedOn,

        @Schema(
                description = "When it was last read, not before its publication; null when not recorded.",
                examples = "2025-06-01")
        LocalDate accessedOn,

        @Valid @Schema(description = "Remarks on the source; null when none.")
        Texts note)
        implements WriteBody {

    /** An absolute http or https URL with a host and no white space. */
    static final String URL_PATTERN = "^https?://[^\\s/?#]+[^\\s]*$";

    public static SourceInput from(Source source) {
        return new SourceInput(
                source.slug,
                Texts.of(source.title),
                Texts.of(source.publisher),
                source.url,
                source.publishedOn,
                source.accessedOn,
                Texts.of(source.note));
    }
}
