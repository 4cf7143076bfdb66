package org.aitrainer.api.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.region.Region;
import org.aitrainer.api.source.Source;
import org.aitrainer.api.write.FieldChecks;
import org.aitrainer.api.write.Write;
import org.aitrainer.api.write.WriteRules;

/**
 * What a policy's writes must respect. Its id never changes, and stays taken after a delete. A delete is soft: the
 * policy and its benefits leave every read and stay in the table for the history.
 */
@ApplicationScoped
public class PolicyRules extends WriteRules<String, PolicyInput, Policy> {

    /** A policy's type in the change feed. */
    public static final String TYPE = "policy";

    PolicyRules() {
        super(TYPE, policy -> policy.slug, policy -> policy.version, PolicyInput::from);
        identifiedBy("id", PolicyInput::id, this::slugTaken);
    }

    @Override
    public Policy find(String slug) {
        return Policy.<Policy>find("slug", ResourceNotFoundException.slug("policy", slug))
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("policy", slug));
    }

    @Override
    protected Policy newRecord(PolicyInput input) {
        return new Policy(input.id());
    }

    /** A soft delete, of the policy, each of its benefits and each of its rules, each recorded in the change feed. */
    @Override
    public void delete(Policy policy, Write write) {
        OffsetDateTime now = OffsetDateTime.now();
        for (Benefit benefit : policy.benefits) {
            BenefitRules.BenefitRecord before = BenefitRules.BenefitRecord.of(benefit);
            benefit.deletedAt = now;
            write.record(BenefitRules.TYPE, benefit.publicId.toString(), Write.Action.DELETE, before, null);
        }
        for (EligibilityRule rule : EligibilityRule.<EligibilityRule>list("policy", policy)) {
            EligibilityRuleRules.RuleRecord before = EligibilityRuleRules.RuleRecord.of(rule);
            rule.deletedAt = now;
            write.record(EligibilityRuleRules.TYPE, rule.publicId.toString(), Write.Action.DELETE, before, null);
        }
        policy.deletedAt = now;
    }

    @Override
    protected void apply(Policy policy, PolicyInput input, Write write) {
        FieldChecks checks =
                new FieldChecks().notAfter("effectiveFrom", input.effectiveFrom(), "effectiveTo", input.effectiveTo());
        Source source = checks.references("sourceId", input.sourceId(), Source.REFERENCE);
        Region region = checks.references("region", input.region(), Region.REFERENCE);
        checks.validate();
        policy.title = input.title().toLocalized();
        policy.issuer = input.issuer() == null ? null : input.issuer().toLocalized();
        policy.documentNumber = input.documentNumber();
        policy.category = input.category();
        policy.scope = input.scope();
        policy.region = region;
        policy.issuedOn = input.issuedOn();
        policy.effectiveFrom = input.effectiveFrom();
        policy.effectiveTo = input.effectiveTo();
        policy.summary = input.summary().toLocalized();
        policy.eligibility =
                input.eligibility() == null ? null : input.eligibility().toLocalized();
        policy.source = source;
        policy.verification = input.verification();
    }

    /** Ids of deleted policies stay taken: their history still refers to them. */
    private boolean slugTaken(String slug) {
        return ((Number) em.createNativeQuery("select count(*) from policy where slug = :slug")
                                .setParameter("slug", slug)
                                .getSingleResult())
                        .longValue()
                > 0;
    }
}
