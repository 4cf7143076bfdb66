package org.aitrainer.api.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.duty.Duty;
import org.aitrainer.api.export.DatasetExport.DutyExport;
import org.aitrainer.api.export.DatasetExport.LevelExport;
import org.aitrainer.api.export.DatasetExport.RegionExport;
import org.aitrainer.api.export.DatasetExport.SalaryRangeExport;
import org.aitrainer.api.export.DatasetExport.SourceExport;
import org.aitrainer.api.export.DatasetExport.WorkTypeExport;
import org.aitrainer.api.level.SkillLevel;
import org.aitrainer.api.occupation.Occupation;
import org.aitrainer.api.policy.Benefit;
import org.aitrainer.api.policy.EligibilityRule;
import org.aitrainer.api.policy.Policy;
import org.aitrainer.api.region.Region;
import org.aitrainer.api.salary.SalaryRange;
import org.aitrainer.api.snapshot.ConsistentRead;
import org.aitrainer.api.source.Source;
import org.aitrainer.api.worktype.WorkType;

/**
 * Reads what the exports write: the data-set version and the data, from one consistent snapshot of the database, into
 * plain records that outlive the transaction (the response body is written after it ends).
 */
@ApplicationScoped
public class ExportReader {

    // The entities leave deleted rows out already; the conditions say so here too, as the exports promise it.
    private static final String POLICIES = "select p from Policy p where p.deletedAt is null order by p.id";
    private static final String BENEFITS = "select b from Benefit b join b.policy p "
            + "where b.deletedAt is null and p.deletedAt is null "
            + "order by p.id, b.level desc nulls last, b.effectiveFrom nulls first, b.id";

    private static final String RULES = "select r from EligibilityRule r join r.policy p join fetch r.source "
            + "left join fetch r.benefit "
            + "left join fetch r.scheme where r.deletedAt is null and p.deletedAt is null order by p.id, r.id";

    /** What was read, and the data-set version it was read at. */
    public record Snapshot<T>(long version, T content) {}

    @Inject
    EntityManager em;

    /**
     * The current data-set version, read on its own: enough to answer a conditional request with 304. It is the
     * cursor of the latest change in the audit log, 0 before the first write.
     */
    public long version() {
        return ConsistentRead.dataVersion(em);
    }

    /** Every policy that is not deleted, with its benefits that are not deleted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Snapshot<List<PolicyExport>> policies() {
        long version = ConsistentRead.begin(em);
        return new Snapshot<>(version, readPolicies(false));
    }

    /** The whole data set. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Snapshot<DatasetExport> dataset() {
        long version = ConsistentRead.begin(em);
        // Sources and regions first: every reference to them below then resolves without a query of its own.
        List<SourceExport> sources = em.createQuery("select s from Source s order by s.id", Source.class)
                .getResultStream()
                .map(SourceExport::from)
                .toList();
        List<RegionExport> regions = em.createQuery("select r from Region r order by r.depth, r.code", Region.class)
                .getResultStream()
                .map(RegionExport::from)
                .toList();
        OccupationExport occupation = em.createQuery(
                        "select o from Occupation o left join fetch o.statements " + "where o.code = :code",
                        Occupation.class)
                .setParameter("code", Occupation.AI_TRAINER)
                .getResultStream()
                .findFirst()
                .map(o -> {
                    Occupation.fetchClassification(o);
                    return OccupationExport.from(o);
                })
                .orElse(null);
        List<LevelExport> levels = em.createQuery("select l from SkillLevel l order by l.level desc", SkillLevel.class)
                .getResultStream()
                .map(LevelExport::from)
                .toList();
        List<WorkTypeExport> workTypes = em.createQuery("select w from WorkType w order by w.position", WorkType.class)
                .getResultStream()
                .map(WorkTypeExport::from)
                .toList();
        List<DutyExport> duties = em
                .createQuery("select d from Duty d left join fetch d.parent order by d.id", Duty.class)
                .getResultList()
                .stream()
                .map(DutyExport::from)
                .toList();
        List<SalaryRangeExport> salaryRanges = em.createQuery(
                        "select s from SalaryRange s left join fetch s.workType " + "order by s.id", SalaryRange.class)
                .getResultStream()
                .map(SalaryRangeExport::from)
                .toList();
        List<PolicyExport> policies = readPolicies(true);
        return new Snapshot<>(
                version,
                new DatasetExport(
                        Long.toString(version),
                        occupation,
                        sources,
                        regions,
                        levels,
                        workTypes,
                        duties,
                        salaryRanges,
                        policies));
    }

    /** The policies with their benefits, and their rules where asked (the CSV has no column for them). */
    private List<PolicyExport> readPolicies(boolean withRules) {
        List<Policy> policies = em.createQuery(POLICIES, Policy.class).getResultList();
        Map<Long, List<BenefitExport>> benefits = new LinkedHashMap<>();
        for (Benefit benefit : em.createQuery(BENEFITS, Benefit.class).getResultList()) {
            benefits.computeIfAbsent(benefit.policy.id, id -> new ArrayList<>()).add(BenefitExport.from(benefit));
        }
        Map<Long, List<RuleExport>> rules = new LinkedHashMap<>();
        if (withRules) {
            for (EligibilityRule rule :
                    em.createQuery(RULES, EligibilityRule.class).getResultList()) {
                rules.computeIfAbsent(rule.policy.id, id -> new ArrayList<>()).add(RuleExport.from(rule));
            }
        }
        return policies.stream()
                .map(p -> PolicyExport.from(
                        p, benefits.getOrDefault(p.id, List.of()), rules.getOrDefault(p.id, List.of())))
                .toList();
    }
}
