package org.aitrainer.api.policy;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.problem.ConflictException;
import org.aitrainer.api.source.Source;
import org.aitrainer.api.write.FieldChecks;
import org.aitrainer.api.write.Write;
import org.aitrainer.api.write.WriteRules;

/**
 * What a benefit's writes must respect. Benefits of one policy, level, kind and source never overlap in time: a new
 * amount from a date ends the open-ended benefit of its source it replaces on the day before, so the history stays;
 * any other overlap is a conflict. Two sources may disagree on the same days: both records are kept. Every benefit write counts as a change of its policy (its version, hence its ETag). A delete is soft.
 */
@ApplicationScoped
public class BenefitRules extends WriteRules<BenefitRules.Key, BenefitRules.Placed, Benefit> {

    /** A benefit's type in the change feed. */
    public static final String TYPE = "benefit";

    /** A benefit is named by its policy and its own id. */
    public record Key(String policyId, UUID id) {}

    /** A benefit's body as sent to one policy; it reads as the body alone (for idempotent replay, for instance). */
    public record Placed(String policyId, BenefitInput benefit) {
        @JsonValue
        BenefitInput body() {
            return benefit;
        }
    }

    /** A benefit's record in the change feed: its ids and its fields. */
    public record BenefitRecord(
            UUID id, String policyId, @JsonUnwrapped BenefitInput benefit) {
        public static BenefitRecord of(Benefit benefit) {
            return new BenefitRecord(benefit.publicId, benefit.policy.slug, BenefitInput.from(benefit));
        }
    }

    @Inject
    PolicyRules policies;

    BenefitRules() {
        super(TYPE, benefit -> benefit.publicId.toString(), benefit -> benefit.version, BenefitRecord::of);
        writtenOneAtATime();
    }

    @Override
    public Benefit find(Key key) {
        return Benefit.<Benefit>find(
                        "publicId = ?1 and policy.slug = ?2",
                        key.id(),
                        ResourceNotFoundException.slug("policy", key.policyId()))
                .firstResultOptional()
                .orElseThrow(
                        () -> new ResourceNotFoundException("benefit", key.id().toString()));
    }

    /** Adds a benefit; the open-ended one it replaces, if any, ends the day before it starts. */
    @Override
    public Benefit create(Placed placed, Write write) {
        BenefitInput input = placed.benefit();
        Benefit benefit = newRecord(placed);
        Policy policy = benefit.policy;
        fill(benefit, input);
        if (input.effectiveFrom() != null) {
            for (Benefit predecessor : overlapping(policy, benefit)) {
                if (BenefitPeriod.of(predecessor).isReplacedFrom(input.effectiveFrom())) {
                    BenefitRecord before = BenefitRecord.of(predecessor);
                    predecessor.effectiveTo = input.effectiveFrom().minusDays(1);
                    write.record(
                            TYPE,
                            predecessor.publicId.toString(),
                            Write.Action.UPDATE,
                            before,
                            BenefitRecord.of(predecessor));
                }
            }
        }
        requireNoOverlap(policy, benefit);
        benefit.persist();
        em.lock(policy, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return benefit;
    }

    /** A benefit of the policy its path names (a 404 when there is none), with a new id. */
    @Override
    protected Benefit newRecord(Placed placed) {
        Benefit benefit = new Benefit();
        benefit.publicId = UUID.randomUUID();
        benefit.policy = policies.find(placed.policyId());
        return benefit;
    }

    /** Corrects a benefit in place; the change log keeps what it was. */
    @Override
    protected void apply(Benefit benefit, Placed placed, Write write) {
        fill(benefit, placed.benefit());
        requireNoOverlap(benefit.policy, benefit);
        em.lock(benefit.policy, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void delete(Benefit benefit, Write write) {
        benefit.deletedAt = OffsetDateTime.now();
        em.lock(benefit.policy, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private void fill(Benefit benefit, BenefitInput input) {
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
        Source source = checks.references("sourceId", input.sourceId(), Source.REFERENCE);
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
                .filter(other -> Objects.equals(other.level, candidate.level)
                        && other.kind == candidate.kind
                        && other.source == candidate.source)
                .filter(other -> BenefitPeriod.of(other).overlaps(BenefitPeriod.of(candidate)))
                .toList();
    }

    private void requireNoOverlap(Policy policy, Benefit benefit) {
        overlapping(policy, benefit).stream().findFirst().ifPresent(other -> {
            throw new ConflictException(
                    "The benefit's period overlaps benefit " + other.publicId
                            + " of the same policy, level, kind and source; end that one first or choose other dates",
                    other.publicId.toString());
        });
    }
}
