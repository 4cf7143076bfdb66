package org.aitrainer.api.source;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.aitrainer.api.core.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SourceExport",
        description = "A source, as GET /api/v1/sources/{slug} serves it, in both " + "languages.")
public record SourceExport(
        @Schema(examples = "nosc-2021") String id,
        Texts title,
        @Schema(nullable = true) Texts publisher,
        @Schema(nullable = true) String url,
        @Schema(nullable = true) LocalDate publishedOn,
        @Schema(nullable = true) LocalDate accessedOn,
        @Schema(nullable = true) Texts note) {

    /** Every source, in the order recorded. */
    static List<SourceExport> read(EntityManager em) {
        return em.createQuery("select s from Source s order by s.id", Source.class).getResultList().stream()
                .map(SourceExport::from)
                .toList();
    }

    static SourceExport from(Source source) {
        return new SourceExport(
                source.slug,
                Texts.of(source.title),
                Texts.of(source.publisher),
                source.url,
                source.publishedOn,
                source.accessedOn,
                Texts.of(source.note));
    }
}
