package org.aitrainer.api.export;

import java.util.Comparator;
import java.util.List;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.occupation.ClassificationKind;
import org.aitrainer.api.occupation.ClassificationStep;
import org.aitrainer.api.occupation.Occupation;
import org.aitrainer.api.occupation.OccupationRelation;
import org.aitrainer.api.occupation.OccupationStatement;
import org.aitrainer.api.occupation.RelatedOccupation;
import org.aitrainer.api.occupation.StatementTopic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "OccupationExport",
        description = "The occupation with its statements and its place in the "
                + "national classification; also the occupation's record in the change feed.")
public record OccupationExport(
        @Schema(examples = "4-04-05-05") String code,
        Texts name,
        String sourceId,
        Verification verification,

        @Schema(description = "Whether the classification marks it \"S\", a digital occupation.")
        boolean digital,

        @Schema(description = "Its path in the classification, from the major group down to itself.")
        List<ClassificationStepExport> classification,

        @Schema(description = "The other occupations of its minor group, then those related to it elsewhere.")
        List<RelatedOccupationExport> relatedOccupations,

        @Schema(description = "Every statement, by topic and then position.")
        List<StatementExport> statements) {

    public static OccupationExport from(Occupation occupation) {
        List<ClassificationStepExport> classification = occupation.classification.stream()
                .sorted(Comparator.comparingInt((ClassificationStep step) -> step.position))
                .map(ClassificationStepExport::from)
                .toList();
        return new OccupationExport(
                occupation.code,
                Texts.of(occupation.name),
                occupation.source.slug,
                occupation.verification,
                occupation.digital(),
                classification,
                occupation.relatedOccupations.stream()
                        .sorted(Comparator.comparingInt((RelatedOccupation related) -> related.position))
                        .map(RelatedOccupationExport::from)
                        .toList(),
                occupation.statements.stream()
                        .sorted(Comparator.comparing((OccupationStatement s) -> s.topic)
                                .thenComparingInt(s -> s.position))
                        .map(StatementExport::from)
                        .toList());
    }

    @Schema(
            name = "ClassificationStepExport",
            description = "A step of the occupation's path in the classification, " + "in both languages.")
    public record ClassificationStepExport(
            ClassificationKind kind,
            @Schema(examples = "4-04-05") String code,
            Texts name,

            @Schema(description = "The \"S\" mark, for the occupation itself; null for a group.", nullable = true)
            Boolean digital,

            String sourceId,
            Verification verification) {

        static ClassificationStepExport from(ClassificationStep step) {
            return new ClassificationStepExport(
                    step.kind, step.code, Texts.of(step.name), step.digital, step.source.slug, step.verification);
        }
    }

    @Schema(
            name = "RelatedOccupationExport",
            description = "Another occupation of the classification, in both " + "languages.")
    public record RelatedOccupationExport(
            @Schema(examples = "4-04-05-01") String code,
            Texts name,
            boolean digital,
            OccupationRelation relation,
            @Schema(nullable = true) Texts note,
            String sourceId,
            Verification verification) {

        static RelatedOccupationExport from(RelatedOccupation related) {
            return new RelatedOccupationExport(
                    related.code,
                    Texts.of(related.name),
                    related.digital,
                    related.relation,
                    Texts.of(related.note),
                    related.source.slug,
                    related.verification);
        }
    }

    @Schema(name = "StatementExport", description = "A statement about the occupation with its provenance.")
    public record StatementExport(
            StatementTopic topic,

            @Schema(description = "Position within its topic, from 1.", examples = "1")
            int position,

            @Schema(
                    description = "The date, month, year or edition the statement fixes; null when none.",
                    nullable = true,
                    examples = "2020-02")
            String asOf,

            Texts text,
            String sourceId,
            Verification verification) {

        static StatementExport from(OccupationStatement statement) {
            return new StatementExport(
                    statement.topic,
                    statement.position,
                    statement.asOf,
                    Texts.of(statement.text),
                    statement.source.slug,
                    statement.verification);
        }
    }
}
