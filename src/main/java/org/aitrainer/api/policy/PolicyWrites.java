package org.aitrainer.api.policy;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.aitrainer.api.change.ChangeLog;
import org.aitrainer.api.change.ChangeLog.Action;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.http.problem.ConflictException;
import org.aitrainer.api.http.problem.InvalidBodyException;
import org.aitrainer.api.http.problem.Problem;
import org.aitrainer.api.region.Region;
import org.aitrainer.api.source.Source;
import org.aitrainer.api.write.FieldChecks;

/**
 * Partner writes to policies and their benefits. Callers hold the write lock ({@code Writes}); every change is
 * recorded in the change log in the same transaction.
 */
@ApplicationScoped
@Transactional
public class PolicyWrites {

    static final String POLICY = "policy";
    static final String BENEFIT = "benefit";

    /** A benefit's record in the change feed: its ids and its fields. */
    public record BenefitRecord(
            UUID id, String policyId, @JsonUnwrapped BenefitInput benefit) {
        public static BenefitRecord of(Benefit benefit) {
            return new BenefitRecord(benefit.publicId, benefit.policy.slug, BenefitInput.from(benefit));
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changes;

    public Policy create(PolicyInput input, String author) {
        Policy policy = new Policy();
        policy.slug = input.id();
        apply(policy, input);
        if (slugTaken(input.id())) {
            throw new ConflictException("A policy with the id '" + input.id() + "' exists or existed", input.id());
        }
        policy.persist();
        em.flush();
        changes.record(author, POLICY, policy.slug, Action.CREATE, null, PolicyInput.from(policy));
        return policy;
    }

    public Policy update(String slug, String ifMatch, PolicyInput input, String author) {
        Policy policy = find(slug);
        ETags.requireCurrent(ifMatch, policy.version);
        if (!slug.equals(input.id())) {
            throw new InvalidBodyException(List.of(
                    new Problem.FieldError("id", "must equal the id in the path; a policy's id never changes")));
        }
        PolicyInput before = PolicyInput.from(policy);
        apply(policy, input);
        em.flush();
        changes.record(author, POLICY, slug, Action.UPDATE, before, PolicyInput.from(policy));
        return policy;
    }

    /** A soft delete: the policy and its benefits leave every read, and stay in the table for the history. */
    public void delete(String slug, String ifMatch, String author) {
        Policy policy = find(slug);
        ETags.requireCurrent(ifMatch, policy.version);
        OffsetDateTime now = OffsetDateTime.now();
        for (Benefit benefit : policy.benefits) {
            BenefitRecord before = BenefitRecord.of(benefit);
            benefit.deletedAt = now;
            changes.record(author, BENEFIT, benefit.publicId.toString(), Action.DELETE, before, null);
        }
        PolicyInput before = PolicyInput.from(policy);
        policy.deletedAt = now;
        em.flush();
        changes.record(author, POLICY, slug, Action.DELETE, before, null);
    }

    /**
     * Adds a benefit. A new amount for the same level and kind ends the open-ended benefit it replaces on the day
     * before it starts, so the history stays; any other overlap is a conflict.
     */
    public Benefit addBenefit(String slug, BenefitInput input, String author) {
        Policy policy = find(slug);
        Benefit benefit = new Benefit();
        benefit.publicId = UUID.randomUUID();
        benefit.policy = policy;
        apply(benefit, input);
        if (input.effectiveFrom() != null) {
            for (Benefit predecessor : overlapping(policy, benefit)) {
                if (BenefitPeriod.of(predecessor).isReplacedFrom(input.effectiveFrom())) {
                    BenefitRecord before = BenefitRecord.of(predecessor);
                    predecessor.effectiveTo = input.effectiveFrom().minusDays(1);
                    em.flush();
                    changes.record(
                            author,
                            BENEFIT,
                            predecessor.publicId.toString(),
                            Action.UPDATE,
                            before,
                            BenefitRecord.of(predecessor));
                }
            }
        }
        requireNoOverlap(policy, benefit);
        benefit.persist();
        em.lock(policy, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        changes.record(author, BENEFIT, benefit.publicId.toString(), Action.CREATE, null, BenefitRecord.of(benefit));
        return benefit;
    }

    /** Corrects a benefit in place; the change log keeps what it was. */
    public Benefit updateBenefit(String slug, UUID id, String ifMatch, BenefitInput input, String author) {
        Benefit benefit = findBenefit(slug, id);
        ETags.requireCurrent(ifMatch, benefit.version);
        BenefitRecord before = BenefitRecord.of(benefit);
        apply(benefit, input);
        requireNoOverlap(benefit.policy, benefit);
        em.lock(benefit.policy, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        changes.record(author, BENEFIT, id.toString(), Action.UPDATE, before, BenefitRecord.of(benefit));
        return benefit;
    }

    public void deleteBenefit(String slug, UUID id, String ifMatch, String author) {
        Benefit benefit = findBenefit(slug, id);
        ETags.requireCurrent(ifMatch, benefit.version);
        BenefitRecord before = BenefitRecord.of(benefit);
        benefit.deletedAt = OffsetDateTime.now();
        em.lock(benefit.policy, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        changes.record(author, BENEFIT, id.toString(), Action.DELETE, before, null);
    }

    Policy find(String slug) {
        return Policy.<Policy>find("slug", ResourceNotFoundException.slug("policy", slug))
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("policy", slug));
    }

    Benefit findBenefit(String slug, UUID id) {
        return Benefit.<Benefit>find(
                        "publicId = ?1 and policy.slug = ?2", id, ResourceNotFoundException.slug("policy", slug))
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("benefit", id.toString()));
    }

    private void apply(Policy policy, PolicyInput input) {
        FieldChecks checks =
                new FieldChecks().notAfter("effectiveFrom", input.effectiveFrom(), "effectiveTo", input.effectiveTo());
        Source source = Source.findBySlug(input.sourceId()).orElse(null);
        checks.check(source != null, "sourceId", "names no known source; GET /api/v1/sources lists them");
        Region region = input.region() == null ? null : Region.findById(input.region());
        checks.check(
                input.region() == null || region != null,
                "region",
                "names no known region; GET /api/v1/regions lists them");
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

    private void apply(Benefit benefit, BenefitInput input) {
        boolean uplift = input.kind() == BenefitKind.SUBSIDY_UPLIFT;
        FieldChecks checks = new FieldChecks()
                .check(!uplift || input.upliftPercent() != null, "upliftPercent", "is required for SUBSIDY_UPLIFT")
                .check(uplift || input.upliftPercent() == null, "upliftPercent", "is allowed only for SUBSIDY_UPLIFT")
                .check(uplift || input.amount() != null, "amount", "is required unless kind is SUBSIDY_UPLIFT")
                .check(
                        (input.amount() == null) == (input.currency() == null),
                        "currency",
                        "is required with an amount, and only with one")
                .currency("currency", input.currency())
                .notAfter("effectiveFrom", input.effectiveFrom(), "effectiveTo", input.effectiveTo());
        Source source = Source.findBySlug(input.sourceId()).orElse(null);
        checks.check(source != null, "sourceId", "names no known source; GET /api/v1/sources lists them");
        checks.validate();
        benefit.level = input.level() == null ? null : input.level().shortValue();
        benefit.kind = input.kind();
        benefit.amount = input.amount();
        benefit.currency = input.currency();
        benefit.upperLimit = input.upperLimit();
        benefit.upliftPercent = input.upliftPercent();
        benefit.effectiveFrom = input.effectiveFrom();
        benefit.effectiveTo = input.effectiveTo();
        benefit.conditions =
                input.conditions() == null ? null : input.conditions().toLocalized();
        benefit.source = source;
        benefit.verification = input.verification();
    }

    private List<Benefit> overlapping(Policy policy, Benefit candidate) {
        return policy.benefits.stream()
                .filter(other -> other != candidate && !other.publicId.equals(candidate.publicId))
                .filter(other -> java.util.Objects.equals(other.level, candidate.level) && other.kind == candidate.kind)
                .filter(other -> BenefitPeriod.of(other).overlaps(BenefitPeriod.of(candidate)))
                .toList();
    }

    private void requireNoOverlap(Policy policy, Benefit benefit) {
        overlapping(policy, benefit).stream().findFirst().ifPresent(other -> {
            throw new ConflictException(
                    "The benefit's period overlaps benefit " + other.publicId
                            + " of the same policy, level and kind; end that one first or choose other dates",
                    other.publicId.toString());
        });
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
