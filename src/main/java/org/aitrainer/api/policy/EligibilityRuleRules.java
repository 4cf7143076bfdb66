package org.aitrainer.api.policy;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.source.Source;
import org.aitrainer.api.write.FieldChecks;
import org.aitrainer.api.write.Write;
import org.aitrainer.api.write.WriteRules;

/**
 * What an eligibility rule's writes must respect: its kind's parameters given, and no other; a benefit it names
 * belongs to its policy; a scheme it names is another policy. Every rule write counts as a change of its policy (its
 * version, hence its ETag). A delete is soft.
 */
@ApplicationScoped
public class EligibilityRuleRules
        extends WriteRules<EligibilityRuleRules.Key, EligibilityRuleRules.Placed, EligibilityRule> {

    /** A rule's type in the change feed. */
    public static final String TYPE = "rule";

    /** A rule is named by its policy and its own id. */
    public record Key(String policyId, UUID id) {}

    /** A rule's body as sent to one policy; it reads as the body alone (for idempotent replay, for instance). */
    public record Placed(String policyId, RuleInput rule) {
        @JsonValue
        RuleInput body() {
            return rule;
        }
    }

    /** A rule's record in the change feed: its ids and its fields. */
    public record RuleRecord(
            UUID id, String policyId, @JsonUnwrapped RuleInput rule) {
        public static RuleRecord of(EligibilityRule rule) {
            return new RuleRecord(rule.publicId, rule.policy.slug, RuleInput.from(rule));
        }
    }

    /** The parameters each kind takes; every other parameter must be null. */
    private static final Map<RuleKind, Set<String>> PARAMETERS = new EnumMap<>(Map.ofEntries(
            Map.entry(RuleKind.MIN_INSURED_MONTHS, Set.of("months")),
            Map.entry(RuleKind.CERTIFICATE_ISSUED_FROM, Set.of("issuedFrom")),
            Map.entry(RuleKind.APPLY_WITHIN_MONTHS, Set.of("months")),
            Map.entry(RuleKind.LEVELS, Set.of("levels")),
            Map.entry(RuleKind.CLAIMANT_STATUS, Set.of("statuses")),
            Map.entry(RuleKind.EXCLUDED_STATUS, Set.of("statuses")),
            Map.entry(RuleKind.AGE_RANGE, Set.of("minAge", "maxAge", "maxAgeFemale")),
            Map.entry(RuleKind.PLACE, Set.of("placeBases")),
            Map.entry(RuleKind.ONCE_PER_LEVEL, Set.of()),
            Map.entry(RuleKind.MAX_PER_YEAR, Set.of("maxCount", "maxCountUrgent")),
            Map.entry(RuleKind.NO_LOWER_AFTER_HIGHER, Set.of()),
            Map.entry(RuleKind.NOT_COMBINED_WITH, Set.of("excludedKind")),
            Map.entry(RuleKind.SCHEME, Set.of("schemeId"))));

    /** The parameters that may be left out although their kind takes them. */
    private static final Set<String> OPTIONAL = Set.of("minAge", "maxAge", "maxAgeFemale", "maxCountUrgent");

    @Inject
    PolicyRules policies;

    EligibilityRuleRules() {
        super(TYPE, rule -> rule.publicId.toString(), rule -> rule.version, RuleRecord::of);
        writtenOneAtATime();
    }

    @Override
    public EligibilityRule find(Key key) {
        return EligibilityRule.<EligibilityRule>find(
                        "publicId = ?1 and policy.slug = ?2",
                        key.id(),
                        ResourceNotFoundException.slug("policy", key.policyId()))
                .firstResultOptional()
                .orElseThrow(
                        () -> new ResourceNotFoundException("rule", key.id().toString()));
    }

    /** A rule of the policy its path names (a 404 when there is none), with a new id. */
    @Override
    protected EligibilityRule newRecord(Placed placed) {
        EligibilityRule rule = new EligibilityRule();
        rule.publicId = UUID.randomUUID();
        rule.policy = policies.find(placed.policyId());
        return rule;
    }

    @Override
    protected void apply(EligibilityRule rule, Placed placed, Write write) {
        RuleInput input = placed.rule();
        FieldChecks checks = new FieldChecks();
        Map<String, Object> given = parameters(input);
        Set<String> takes = PARAMETERS.get(input.kind());
        given.forEach((field, value) -> {
            if (value != null && !takes.contains(field)) {
                checks.reject(field, "is not a parameter of " + input.kind() + "; leave it out");
            }
            if (value == null && takes.contains(field) && !OPTIONAL.contains(field)) {
                checks.reject(field, "is required for " + input.kind());
            }
        });
        if (input.kind() == RuleKind.AGE_RANGE) {
            checks.check(
                    input.minAge() != null || input.maxAge() != null, "maxAge", "AGE_RANGE needs minAge or maxAge");
            checks.check(
                    input.minAge() == null || input.maxAge() == null || input.minAge() < input.maxAge(),
                    "maxAge",
                    "must be greater than minAge");
            checks.check(
                    input.maxAgeFemale() == null || input.maxAge() != null, "maxAgeFemale", "needs maxAge beside it");
            checks.check(
                    input.minAge() == null || input.maxAgeFemale() == null || input.minAge() < input.maxAgeFemale(),
                    "maxAgeFemale",
                    "must be greater than minAge");
        }
        if (input.kind() == RuleKind.MAX_PER_YEAR) {
            checks.check(
                    input.maxCountUrgent() == null
                            || input.maxCount() == null
                            || input.maxCountUrgent() >= input.maxCount(),
                    "maxCountUrgent",
                    "must be at least maxCount");
        }
        checks.check(
                input.kind() != RuleKind.NOT_COMBINED_WITH || input.excludedKind() != BenefitKind.SUBSIDY_UPLIFT,
                "excludedKind",
                "must be a kind that is paid, not SUBSIDY_UPLIFT");
        checks.check(
                input.kind() != RuleKind.SCHEME
                        || input.schemeId() == null
                        || !input.schemeId().equals(placed.policyId()),
                "schemeId",
                "must name another policy than the rule's own");
        checks.notAfter("effectiveFrom", input.effectiveFrom(), "effectiveTo", input.effectiveTo());
        Source source = checks.references("sourceId", input.sourceId(), Source.REFERENCE);
        Policy scheme = checks.references("schemeId", input.schemeId(), Policy.REFERENCE);
        Benefit benefit = null;
        if (input.benefitId() != null) {
            benefit = rule.policy.benefits.stream()
                    .filter(b -> b.publicId.equals(input.benefitId()))
                    .findFirst()
                    .orElse(null);
            checks.check(benefit != null, "benefitId", "names no benefit of policy " + rule.policy.slug);
        }
        checks.validate();
        rule.benefit = benefit;
        rule.kind = input.kind();
        rule.months = shortOf(input.months());
        rule.issuedFrom = input.issuedFrom();
        rule.levels = input.levels() == null
                ? null
                : input.levels().stream().distinct().map(Integer::shortValue).toArray(Short[]::new);
        rule.statuses = names(input.statuses());
        rule.appliesTo = names(input.appliesTo());
        rule.minAge = shortOf(input.minAge());
        rule.maxAge = shortOf(input.maxAge());
        rule.maxAgeFemale = shortOf(input.maxAgeFemale());
        rule.placeBases = names(input.placeBases());
        rule.maxCount = shortOf(input.maxCount());
        rule.maxCountUrgent = shortOf(input.maxCountUrgent());
        rule.excludedKind = input.excludedKind();
        rule.scheme = scheme;
        rule.effectiveFrom = input.effectiveFrom();
        rule.effectiveTo = input.effectiveTo();
        rule.text = input.text().toLocalized();
        rule.source = source;
        rule.verification = input.verification();
        em.lock(rule.policy, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void delete(EligibilityRule rule, Write write) {
        rule.deletedAt = OffsetDateTime.now();
        em.lock(rule.policy, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static Map<String, Object> parameters(RuleInput input) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("months", input.months());
        given.put("issuedFrom", input.issuedFrom());
        given.put("levels", input.levels());
        given.put("statuses", input.statuses());
        given.put("minAge", input.minAge());
        given.put("maxAge", input.maxAge());
        given.put("maxAgeFemale", input.maxAgeFemale());
        given.put("placeBases", input.placeBases());
        given.put("maxCount", input.maxCount());
        given.put("maxCountUrgent", input.maxCountUrgent());
        given.put("excludedKind", input.excludedKind());
        given.put("schemeId", input.schemeId());
        return given;
    }

    private static Short shortOf(Integer value) {
        return value == null ? null : value.shortValue();
    }

    private static String[] names(List<? extends Enum<?>> values) {
        return values == null
                ? null
                : values.stream().distinct().map(Enum::name).toArray(String[]::new);
    }
}
