package org.aitrainer.api.salary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.region.RegionRules;
import org.aitrainer.api.snapshot.Found;
import org.aitrainer.api.snapshot.RecordReads;
import org.aitrainer.api.snapshot.SnapshotPart;

/** The salary ranges as reads serve them, in the order they were recorded. */
public final class SalaryRanges implements RecordReads<UUID, SalaryRangeView> {

    /** A salary range: the fields filters and sorts read, the same in every language, and its view by language. */
    public record Entry(
            UUID id,
            long version,
            Integer level,
            String workType,
            String regionCode,
            Verification verification,
            BigDecimal min,
            BigDecimal max,
            Integer referenceYear,
            Localized<SalaryRangeView> view) {

        static Entry of(SalaryRange salary) {
            return new Entry(
                    salary.publicId,
                    salary.version,
                    salary.level == null ? null : salary.level.intValue(),
                    salary.workType == null ? null : salary.workType.slug,
                    salary.region.code,
                    salary.verification,
                    salary.minAmount,
                    salary.maxAmount,
                    salary.referenceYear == null ? null : salary.referenceYear.intValue(),
                    Localized.of(lang -> SalaryRangeView.from(salary, lang)));
        }
    }

    private final List<Entry> all;
    private final Map<UUID, Entry> byId = new HashMap<>();

    private SalaryRanges(List<Entry> all) {
        this.all = List.copyOf(all);
        all.forEach(entry -> byId.put(entry.id(), entry));
    }

    public List<Entry> all() {
        return all;
    }

    public Optional<Entry> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Found<SalaryRangeView>> read(UUID id, Language language) {
        return find(id).map(salary -> Found.versioned(salary.view().in(language), salary.version()));
    }

    /** Reads the salary ranges into the snapshot. */
    @ApplicationScoped
    static class Part implements SnapshotPart<SalaryRanges> {

        @Override
        public Set<String> shows() {
            return Set.of(SalaryRangeRules.TYPE, RegionRules.TYPE);
        }

        @Override
        public Class<SalaryRanges> type() {
            return SalaryRanges.class;
        }

        @Override
        public SalaryRanges load(EntityManager em) {
            return new SalaryRanges(em.createQuery(
                            "select s from SalaryRange s left join fetch s.workType "
                                    + "join fetch s.region join fetch s.source order by s.id",
                            SalaryRange.class)
                    .getResultStream()
                    .map(Entry::of)
                    .toList());
        }
    }
}
