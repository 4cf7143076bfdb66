package org.aitrainer.api.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.aitrainer.api.change.ChangeLog;
import org.aitrainer.api.change.ChangeLog.Action;
import org.aitrainer.api.core.RegionCodes;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.http.problem.ConflictException;
import org.aitrainer.api.http.problem.InvalidBodyException;
import org.aitrainer.api.http.problem.Problem;
import org.aitrainer.api.write.FieldChecks;

/**
 * Partner writes to regions, for admins. Callers hold the write lock ({@code Writes}); every change is recorded in the
 * change log in the same transaction. The tree stays a tree: one nation at the root, every other region inside a
 * shallower one, no cycles. A region is deleted for good, and only while nothing refers to it.
 */
@ApplicationScoped
@Transactional
public class RegionWrites {

    public static final String REGION = "region";

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    RegionHierarchy hierarchy;

    public Region create(RegionInput input, String author) {
        Region region = new Region();
        region.code = input.code();
        apply(
                region,
                input,
                new FieldChecks()
                        .check(
                                !RegionCodes.NATION.equals(input.code()),
                                "code",
                                "CN is the nation, which exists already and cannot be created again"),
                false);
        if (Region.findByIdOptional(input.code()).isPresent()) {
            throw new ConflictException("A region with the code '" + input.code() + "' exists", input.code());
        }
        region.persist();
        em.flush();
        changes.record(author, REGION, region.code, Action.CREATE, null, RegionInput.from(region));
        return region;
    }

    public Region update(String code, String ifMatch, RegionInput input, String author) {
        Region region = find(code);
        ETags.requireCurrent(ifMatch, region.version);
        if (!code.equals(input.code())) {
            throw new InvalidBodyException(List.of(
                    new Problem.FieldError("code", "must equal the code in the path; a region's code never changes")));
        }
        RegionInput before = RegionInput.from(region);
        apply(region, input, new FieldChecks(), true);
        em.flush();
        changes.record(author, REGION, code, Action.UPDATE, before, RegionInput.from(region));
        return region;
    }

    /** A hard delete, refused while the region has regions inside it or any policy or salary range refers to it. */
    public void delete(String code, String ifMatch, String author) {
        Region region = find(code);
        ETags.requireCurrent(ifMatch, region.version);
        firstReference("select code from region where parent_code = :code order by code", code)
                .ifPresent(child -> {
                    throw new ConflictException(
                            "The region '" + code + "' has regions inside it, such as '" + child
                                    + "'; delete or move them first",
                            child);
                });
        // Native SQL: deleted policies count too, the history keeps them.
        firstReference("select slug from policy where region_code = :code order by id", code)
                .ifPresent(policy -> {
                    throw new ConflictException(
                            "The region '" + code + "' is the region of the policy '" + policy
                                    + "', deleted or not (the history keeps deleted policies)",
                            policy);
                });
        firstReference("select cast(public_id as text) from salary_range where region_code = :code order by id", code)
                .ifPresent(salary -> {
                    throw new ConflictException(
                            "The region '" + code + "' is the region of the salary range '" + salary
                                    + "'; move or delete it first",
                            salary);
                });
        RegionInput before = RegionInput.from(region);
        region.delete();
        em.flush();
        changes.record(author, REGION, code, Action.DELETE, before, null);
    }

    Region find(String code) {
        return Region.<Region>findByIdOptional(ResourceNotFoundException.regionCode(code))
                .orElseThrow(() -> new ResourceNotFoundException("region", code));
    }

    private void apply(Region region, RegionInput input, FieldChecks checks, boolean exists) {
        boolean nation = RegionCodes.NATION.equals(input.code());
        checks.check(
                        nation == (input.kind() == RegionKind.COUNTRY),
                        "kind",
                        nation ? "must be COUNTRY for the nation" : "must not be COUNTRY: CN is the only nation")
                .check(!nation || input.parentCode() == null, "parentCode", "must be null for the nation");
        Region parent = null;
        if (!nation) {
            parent = input.parentCode() == null ? null : Region.<Region>findById(input.parentCode());
            checks.check(
                    input.parentCode() != null, "parentCode", "is required: only the nation has no enclosing region");
            checks.check(
                    input.parentCode() == null || parent != null,
                    "parentCode",
                    "names no known region; GET /api/v1/regions lists them");
        }
        if (parent != null) {
            checks.check(
                    !hierarchy.selfAndAncestors(parent.code).contains(input.code()),
                    "parentCode",
                    "must not be the region itself or a region inside it: a region cannot enclose itself");
            // RegionKind is declared from the nation down, as Region.depth orders it.
            checks.check(
                    input.kind() == null || input.kind().compareTo(parent.kind) > 0,
                    "kind",
                    "must be deeper than the kind of the enclosing region, which is " + parent.kind);
        }
        if (exists && input.kind() != null) {
            Region.<Region>list("parentCode = ?1 order by code", region.code).stream()
                    .filter(child -> child.kind.compareTo(input.kind()) <= 0)
                    .findFirst()
                    .ifPresent(child -> checks.reject(
                            "kind",
                            "must be shallower than the kinds of the regions " + "inside it; " + child.code + " is a "
                                    + child.kind));
        }
        checks.validate();
        region.parentCode = parent == null ? null : parent.code;
        region.kind = input.kind();
        region.name = input.name().toLocalized();
    }

    private Optional<String> firstReference(String sql, String code) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(sql, String.class)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst();
    }
}
