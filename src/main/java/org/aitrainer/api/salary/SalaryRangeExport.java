package org.aitrainer.api.salary;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.aitrainer.api.core.Money;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.region.RegionNameExport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    /** Every salary figure, in the order recorded. */
    static List<SalaryRangeExport> read(EntityManager em) {
        return em
                .createQuery("select s from SalaryRange s left join fetch s.workType order by s.id", SalaryRange.class)
                .getResultList()
                .stream()
                .map(SalaryRangeExport::from)
                .toList();
    }

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
