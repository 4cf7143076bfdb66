package org.aitrainer.api.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.RegionCodes;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.problem.ConflictException;
import org.aitrainer.api.write.FieldChecks;
import org.aitrainer.api.write.Roles;
import org.aitrainer.api.write.Write;
import org.aitrainer.api.write.WriteRules;

/**
 * What a region's writes must respect, for admins. The tree stays a tree: one nation at the root, every other region
 * inside a shallower one, no cycles. A region's code never changes. A region is deleted for good, and only while
 * nothing refers to it.
 */
@Published("Snapshot parts that show regions rebuild on its changes (TYPE).")
@ApplicationScoped
public class RegionRules extends WriteRules<String, RegionInput, Region> {

    /** A region's type in the change feed. */
    public static final String TYPE = "region";

    @Inject
    RegionHierarchy hierarchy;

    RegionRules() {
        super(TYPE, region -> region.code, region -> region.version, RegionInput::from);
        identifiedBy(
                "code", RegionInput::code, code -> Region.findByIdOptional(code).isPresent());
        writtenBy(Roles.ADMIN);
        writtenOneAtATime();
    }

    @Override
    public Region find(String code) {
        return Region.<Region>findByIdOptional(ResourceNotFoundException.regionCode(code))
                .orElseThrow(() -> new ResourceNotFoundException("region", code));
    }

    @Override
    protected Region newRecord(RegionInput input) {
        return new Region(input.code());
    }

    /** A new region may not be the nation, which exists already; an existing one keeps its kind above its children's. */
    @Override
    protected void apply(Region region, RegionInput input, Write write) {
        boolean exists = em.contains(region);
        FieldChecks checks = new FieldChecks()
                .check(
                        exists || !RegionCodes.NATION.equals(input.code()),
                        "code",
                        "CN is the nation, which exists already and cannot be created again");
        apply(region, input, checks, exists);
    }

    /** A hard delete, refused while the region has regions inside it or any policy or salary range refers to it. */
    @Override
    public void delete(Region region, Write write) {
        String code = region.code;
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
        region.delete();
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
            checks.check(
                    input.parentCode() != null, "parentCode", "is required: only the nation has no enclosing region");
            parent = checks.references("parentCode", input.parentCode(), Region.REFERENCE);
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
