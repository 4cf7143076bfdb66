package org.aitrainer.api.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
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
import org.aitrainer.api.occupation.ClassificationKind;
import org.aitrainer.api.occupation.ClassificationStep;
import org.aitrainer.api.occupation.Occupation;
import org.aitrainer.api.occupation.OccupationRelation;
import org.aitrainer.api.occupation.OccupationStatement;
import org.aitrainer.api.occupation.RelatedOccupation;
import org.aitrainer.api.occupation.StatementTopic;
import org.aitrainer.api.policy.Benefit;
import org.aitrainer.api.policy.BenefitKind;
import org.aitrainer.api.policy.EligibilityRule;
import org.aitrainer.api.policy.Policy;
import org.aitrainer.api.policy.PolicyCategory;
import org.aitrainer.api.policy.PolicyScope;
import org.aitrainer.api.policy.RuleKind;
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

    @Schema(name = "PolicyExport", description = "A policy with its benefits, in both languages.")
    public record PolicyExport(
            @Schema(examples = "shenzhen-skill-certificate-subsidy")
            String id,

            Texts title,
            @Schema(nullable = true) Texts issuer,
            @Schema(nullable = true) String documentNumber,
            PolicyCategory category,
            PolicyScope scope,

            @Schema(description = "Null for a summary of many local policies.", nullable = true)
            RegionNameExport region,

            @Schema(nullable = true) LocalDate issuedOn,
            @Schema(nullable = true) LocalDate effectiveFrom,
            @Schema(nullable = true) LocalDate effectiveTo,
            Texts summary,
            @Schema(nullable = true) Texts eligibility,
            String sourceId,
            Verification verification,

            @Schema(
                    description = "Benefits that are not deleted: by level from 5 down (benefits not tied to a level "
                            + "last), then oldest first.")
            List<BenefitExport> benefits,

            @Schema(description = "Eligibility rules that are not deleted, in the order recorded.")
            List<RuleExport> rules) {

        static PolicyExport from(Policy policy, List<BenefitExport> benefits, List<RuleExport> rules) {
            return new PolicyExport(
                    policy.slug,
                    Texts.of(policy.title),
                    Texts.of(policy.issuer),
                    policy.documentNumber,
                    policy.category,
                    policy.scope,
                    RegionNameExport.from(policy.region),
                    policy.issuedOn,
                    policy.effectiveFrom,
                    policy.effectiveTo,
                    Texts.of(policy.summary),
                    Texts.of(policy.eligibility),
                    policy.source.slug,
                    policy.verification,
                    benefits,
                    rules);
        }
    }

    @Schema(
            name = "RuleExport",
            description = "An eligibility rule of a policy, in both languages, with the fields a partner writes.")
    public record RuleExport(
            @Schema(examples = "e0000000-0000-4000-8000-000000000010")
            UUID id,

            @Schema(examples = "unemployment-insurance-skill-subsidy-2017")
            String policyId,

            RuleKind kind,
            @Schema(nullable = true) UUID benefitId,
            @Schema(nullable = true) Integer months,
            @Schema(nullable = true) LocalDate issuedFrom,
            @Schema(nullable = true) List<Integer> levels,
            @Schema(nullable = true) List<String> statuses,
            @Schema(nullable = true) List<String> appliesTo,
            @Schema(nullable = true) Integer minAge,
            @Schema(nullable = true) Integer maxAge,
            @Schema(nullable = true) Integer maxAgeFemale,
            @Schema(nullable = true) List<String> placeBases,
            @Schema(nullable = true) Integer maxCount,
            @Schema(nullable = true) Integer maxCountUrgent,
            @Schema(nullable = true) BenefitKind excludedKind,
            @Schema(nullable = true) String schemeId,
            @Schema(nullable = true) LocalDate effectiveFrom,
            @Schema(nullable = true) LocalDate effectiveTo,
            Texts text,
            String sourceId,
            Verification verification) {

        static RuleExport from(EligibilityRule rule) {
            return new RuleExport(
                    rule.publicId,
                    rule.policy.slug,
                    rule.kind,
                    rule.benefit == null ? null : rule.benefit.publicId,
                    number(rule.months),
                    rule.issuedFrom,
                    rule.levels == null
                            ? null
                            : java.util.Arrays.stream(rule.levels)
                                    .map(Short::intValue)
                                    .toList(),
                    list(rule.statuses),
                    list(rule.appliesTo),
                    number(rule.minAge),
                    number(rule.maxAge),
                    number(rule.maxAgeFemale),
                    list(rule.placeBases),
                    number(rule.maxCount),
                    number(rule.maxCountUrgent),
                    rule.excludedKind,
                    rule.scheme == null ? null : rule.scheme.slug,
                    rule.effectiveFrom,
                    rule.effectiveTo,
                    Texts.of(rule.text),
                    rule.source.slug,
                    rule.verification);
        }

        private static Integer number(Short value) {
            return value == null ? null : value.intValue();
        }

        private static List<String> list(String[] values) {
            return values == null ? null : List.of(values);
        }
    }

    @Schema(name = "BenefitExport", description = "A benefit of a policy, in both languages.")
    public record BenefitExport(
            @Schema(examples = "b0000000-0000-4000-8000-000000000005")
            UUID id,

            @Schema(nullable = true, examples = "3") Integer level,
            BenefitKind kind,

            @Schema(description = "Null for a percentage uplift.", nullable = true)
            Money amount,

            boolean upperLimit,
            @Schema(nullable = true, examples = "30") BigDecimal upliftPercent,
            @Schema(nullable = true) LocalDate effectiveFrom,
            @Schema(nullable = true) LocalDate effectiveTo,
            @Schema(nullable = true) Texts conditions,
            String sourceId,
            Verification verification) {

        static BenefitExport from(Benefit benefit) {
            return new BenefitExport(
                    benefit.publicId,
                    benefit.level == null ? null : benefit.level.intValue(),
                    benefit.kind,
                    Money.of(benefit.amount, benefit.currency),
                    benefit.upperLimit,
                    benefit.upliftPercent == null ? null : benefit.upliftPercent.stripTrailingZeros(),
                    benefit.effectiveFrom,
                    benefit.effectiveTo,
                    Texts.of(benefit.conditions),
                    benefit.source.slug,
                    benefit.verification);
        }
    }
}
