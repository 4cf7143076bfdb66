package org.aitrainer.api.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.aitrainer.api.core.Money;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.duty.Duty;
import org.aitrainer.api.duty.DutyKind;
import org.aitrainer.api.level.SkillLevel;
import org.aitrainer.api.region.Region;
import org.aitrainer.api.region.RegionKind;
import org.aitrainer.api.salary.SalaryPeriod;
import org.aitrainer.api.salary.SalaryRange;
import org.aitrainer.api.salary.SalaryStatistic;
import org.aitrainer.api.source.Source;
import org.aitrainer.api.worktype.WorkType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whole data set in both languages, as {@code GET /api/v1/export/dataset.json} writes it. Field names are those
 * of the read API's views; every text is a {@link Texts} pair instead of one language.
 */
@Schema(
        name = "DatasetExport",
        description = "The whole data set in one document, every text in both languages. "
                + "Field names are those of the read API; deleted policies and benefits are left out.")
public record DatasetExport(
        @Schema(
                description = "The data-set version the document was read at: the id of the latest change in the "
                        + "audit log, 0 before the first write. Also sent as X-Data-Version.",
                examples = "0")
        String version,

        @Schema(description = "The occupation, with every statement about it.")
        OccupationExport occupation,

        @Schema(description = "Every source, in the order recorded.")
        List<SourceExport> sources,

        @Schema(description = "Every region, from the nation down, then by code.")
        List<RegionExport> regions,

        @Schema(description = "The five skill levels, 5 first.")
        List<LevelExport> levels,

        @Schema(description = "The work types, in the standard's order.")
        List<WorkTypeExport> workTypes,

        @Schema(description = "Every duty, in the order recorded; parts refer to their whole by parentId.")
        List<DutyExport> duties,

        @Schema(description = "Every salary figure, in the order recorded.")
        List<SalaryRangeExport> salaryRanges,

        @Schema(
                description = "Every policy that is not deleted, in the order recorded, each with its benefits "
                        + "that are not deleted.")
        List<PolicyExport> policies) {

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

    @Schema(name = "RegionExport", description = "A region, in both languages.")
    public record RegionExport(
            @Schema(examples = "440300") String code,
            Texts name,
            RegionKind kind,

            @Schema(
                    description = "The enclosing region's code; null for the nation.",
                    nullable = true,
                    examples = "440000")
            String parentCode) {

        static RegionExport from(Region region) {
            return new RegionExport(region.code, Texts.of(region.name), region.kind, region.parentCode);
        }
    }

    @Schema(name = "RegionNameExport", description = "A region named where it is referred to, in both languages.")
    public record RegionNameExport(
            @Schema(examples = "440300") String code, Texts name) {

        static RegionNameExport from(Region region) {
            return region == null ? null : new RegionNameExport(region.code, Texts.of(region.name));
        }
    }

    @Schema(name = "LevelExport", description = "A skill level, in both languages.")
    public record LevelExport(
            @Schema(minimum = "1", maximum = "5", examples = "3")
            int level,

            Texts name,
            int trainingHours,
            @Schema(nullable = true) Texts conditions,
            String sourceId,
            Verification verification) {

        static LevelExport from(SkillLevel level) {
            return new LevelExport(
                    level.level,
                    Texts.of(level.name),
                    level.trainingHours,
                    Texts.of(level.conditions),
                    level.source.slug,
                    level.verification);
        }
    }

    @Schema(
            name = "WorkTypeExport",
            description = "A work type, in both languages; also the work type's record in " + "the change feed.")
    public record WorkTypeExport(
            @Schema(examples = "data-annotator") String id,
            Texts name,
            @Schema(nullable = true) Texts description,
            int position,

            @Schema(description = "When it was added, as precisely as its source gives it.", examples = "2021")
            String addedIn,

            String sourceId,
            Verification verification) {

        public static WorkTypeExport from(WorkType workType) {
            return new WorkTypeExport(
                    workType.slug,
                    Texts.of(workType.name),
                    Texts.of(workType.description),
                    workType.position,
                    workType.addedIn,
                    workType.source.slug,
                    workType.verification);
        }
    }

    @Schema(name = "DutyExport", description = "A duty, in both languages.")
    public record DutyExport(
            @Schema(examples = "l3-intelligent-training") String id,
            DutyKind kind,

            @Schema(description = "The id of the duty this one is part of; null for a top-level duty.", nullable = true)
            String parentId,

            int position,
            Texts name,
            @Schema(nullable = true) Texts description,

            @Schema(description = "The examples in each language, in the same order.")
            TextLists examples,

            @Schema(description = "The skill levels the duty applies to, highest number first.")
            List<Integer> levels,

            @Schema(description = "The ids of the work types the duty applies to.")
            List<String> workTypes,

            String sourceId,
            Verification verification) {

        static DutyExport from(Duty duty) {
            return new DutyExport(
                    duty.slug,
                    duty.kind,
                    duty.parent == null ? null : duty.parent.slug,
                    duty.position,
                    Texts.of(duty.name),
                    Texts.of(duty.description),
                    new TextLists(list(duty.examplesZh), list(duty.examplesEn)),
                    duty.levels.stream()
                            .map(Short::intValue)
                            .sorted(Comparator.reverseOrder())
                            .toList(),
                    duty.workTypes.stream()
                            .sorted(Comparator.comparingInt(w -> w.position))
                            .map(w -> w.slug)
                            .toList(),
                    duty.source.slug,
                    duty.verification);
        }

        private static List<String> list(String[] values) {
            return values == null ? List.of() : List.of(values);
        }
    }

    @Schema(name = "TextLists", description = "A list of texts in both languages: zh-CN and en, item by item.")
    public record TextLists(
            @JsonProperty("zh-CN") @Schema(description = "Chinese texts.")
            List<String> zhCn,

            @JsonProperty("en") @Schema(description = "English texts.")
            List<String> en) {}

    @Schema(name = "SalaryRangeExport", description = "A salary figure, in both languages.")
    public record SalaryRangeExport(
            @Schema(examples = "5a1a0000-0000-4000-8000-000000000005")
            UUID id,

            Texts role,
            @Schema(nullable = true) Integer level,

            @Schema(description = "The work type's id; null when the figure is not for one work type.", nullable = true)
            String workType,

            RegionNameExport region,
            Money min,
            @Schema(nullable = true) Money max,
            SalaryPeriod period,
            SalaryStatistic statistic,
            @Schema(nullable = true) Integer referenceYear,
            @Schema(nullable = true) Texts note,
            String sourceId,
            Verification verification) {

        static SalaryRangeExport from(SalaryRange salary) {
            return new SalaryRangeExport(
                    salary.publicId,
                    Texts.of(salary.role),
                    salary.level == null ? null : salary.level.intValue(),
                    salary.workType == null ? null : salary.workType.slug,
                    RegionNameExport.from(salary.region),
                    Money.of(salary.minAmount, salary.currency),
                    Money.of(salary.maxAmount, salary.currency),
                    salary.period,
                    salary.statistic,
                    salary.referenceYear == null ? null : salary.referenceYear.intValue(),
                    Texts.of(salary.note),
                    salary.source.slug,
                    salary.verification);
        }
    }
}
