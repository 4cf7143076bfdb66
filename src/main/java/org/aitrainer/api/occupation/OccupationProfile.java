package org.aitrainer.api.occupation;

import java.util.Comparator;
import java.util.List;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Occupation",
        description = "The occupation's profile. Each statement carries its own source and "
                + "verification, so official facts and reported ones can be told apart.")
public record OccupationProfile(
        @Schema(description = "The occupation code in China's occupational classification.", examples = "4-04-05-05")
        String code,

        @Schema(description = "Name, in the response language.", examples = "Artificial Intelligence Trainer")
        String name,

        @Schema(description = "The source of the code and name.", examples = "nosc-2021")
        String sourceId,

        Verification verification,
        @Schema(description = "The official definition.") Statement definition,

        @Schema(description = "When and how the occupation was created.")
        Statement creation,

        @Schema(description = "The national occupational skill standard and how it was made.")
        List<Statement> standard,

        @Schema(description = "The working environment.") Statement environment,
        @Schema(description = "The minimum education.") Statement minimumEducation,

        @Schema(description = "Steps of a typical career, in order.")
        List<Statement> careerPath,

        @Schema(description = "Industries that hire AI trainers.")
        List<Statement> industries,

        @Schema(description = "Technology trends that shape the work.")
        List<Statement> technologyTrends,

        @Schema(description = "Demand and outlook figures. Sources differ: each statement names its own.")
        List<Statement> outlook,

        @Schema(
                description = "The occupation's path in the national occupational classification (2022 edition), "
                        + "from its major group (4) down to the occupation itself (4-04-05-05); empty when no source gives "
                        + "it.")
        List<ClassificationStepView> classification,

        @Schema(
                description = "Whether the classification marks the occupation \"S\", a digital occupation (the "
                        + "source of the mark is that of the classification's last step).",
                examples = "true")
        boolean digital,

        @Schema(
                description = "The other occupations of its minor group (SAME_GROUP), then those related to it "
                        + "elsewhere in the classification (RELATED), in the classification's order.")
        List<RelatedOccupationView> relatedOccupations,

        @Schema(
                description = "Statements about the occupation's place in the classification: the edition, and what "
                        + "is and is not an occupation of its own.")
        List<Statement> classificationNotes) {

    @Schema(name = "Statement", description = "A statement about the occupation with its provenance.")
    public record Statement(
            @Schema(description = "The statement, in the response language.")
            String text,

            @Schema(
                    description = "The date, month, year or edition the statement fixes, as precisely as the source "
                            + "gives it; null when none.",
                    nullable = true,
                    examples = "2020-02")
            String asOf,

            @Schema(description = "The source of this statement.", examples = "ithome-2021-11-28")
            String sourceId,

            Verification verification) {

        static Statement from(OccupationStatement statement, Language language) {
            return new Statement(
                    statement.text.in(language), statement.asOf, statement.source.slug, statement.verification);
        }
    }

    public static OccupationProfile from(Occupation occupation, Language language) {
        List<OccupationStatement> statements = occupation.statements.stream()
                .sorted(Comparator.comparing((OccupationStatement s) -> s.topic).thenComparingInt(s -> s.position))
                .toList();
        List<ClassificationStepView> classification = occupation.classification.stream()
                .sorted(Comparator.comparingInt(step -> step.position))
                .map(step -> ClassificationStepView.from(step, language))
                .toList();
        return new OccupationProfile(
                occupation.code,
                occupation.name.in(language),
                occupation.source.slug,
                occupation.verification,
                first(statements, StatementTopic.DEFINITION, language),
                first(statements, StatementTopic.CREATION, language),
                all(statements, StatementTopic.STANDARD, language),
                first(statements, StatementTopic.ENVIRONMENT, language),
                first(statements, StatementTopic.EDUCATION, language),
                all(statements, StatementTopic.CAREER_PATH, language),
                all(statements, StatementTopic.INDUSTRY, language),
                all(statements, StatementTopic.TECHNOLOGY, language),
                all(statements, StatementTopic.OUTLOOK, language),
                classification,
                occupation.digital(),
                occupation.relatedOccupations.stream()
                        .sorted(Comparator.comparingInt(related -> related.position))
                        .map(related -> RelatedOccupationView.from(related, language))
                        .toList(),
                all(statements, StatementTopic.CLASSIFICATION, language));
    }

    private static List<Statement> all(List<OccupationStatement> statements, StatementTopic topic, Language language) {
        return statements.stream()
                .filter(s -> s.topic == topic)
                .map(s -> Statement.from(s, language))
                .toList();
    }

    private static Statement first(List<OccupationStatement> statements, StatementTopic topic, Language language) {
        List<Statement> found = all(statements, topic, language);
        return found.isEmpty() ? null : found.get(0);
    }
}
