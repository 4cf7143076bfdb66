package org.aitrainer.api.salary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.aitrainer.api.change.ChangeLog;
import org.aitrainer.api.change.ChangeLog.Action;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.region.Region;
import org.aitrainer.api.source.Source;
import org.aitrainer.api.worktype.WorkType;
import org.aitrainer.api.write.FieldChecks;

/**
 * Partner writes to salary ranges. Callers hold the write lock ({@code Writes}); every change is recorded in the
 * change log in the same transaction. A salary range is deleted for good: the change log keeps what it was.
 */
@ApplicationScoped
@Transactional
public class SalaryRangeWrites {

    static final String SALARY_RANGE = "salary-range";

    /** A salary range's record in the change feed: its id and its fields. */
    public record SalaryRangeRecord(UUID id, @JsonUnwrapped SalaryRangeInput range) {
        public static SalaryRangeRecord of(SalaryRange salary) {
            return new SalaryRangeRecord(salary.publicId, SalaryRangeInput.from(salary));
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changes;

    public SalaryRange create(SalaryRangeInput input, String author) {
        SalaryRange salary = new SalaryRange();
        salary.publicId = UUID.randomUUID();
        apply(salary, input);
        salary.persist();
        em.flush();
        changes.record(
                author, SALARY_RANGE, salary.publicId.toString(), Action.CREATE, null, SalaryRangeRecord.of(salary));
        return salary;
    }

    public SalaryRange update(UUID id, String ifMatch, SalaryRangeInput input, String author) {
        SalaryRange salary = find(id);
        ETags.requireCurrent(ifMatch, salary.version);
        SalaryRangeRecord before = SalaryRangeRecord.of(salary);
        apply(salary, input);
        em.flush();
        changes.record(author, SALARY_RANGE, id.toString(), Action.UPDATE, before, SalaryRangeRecord.of(salary));
        return salary;
    }

    public void delete(UUID id, String ifMatch, String author) {
        SalaryRange salary = find(id);
        ETags.requireCurrent(ifMatch, salary.version);
        SalaryRangeRecord before = SalaryRangeRecord.of(salary);
        salary.delete();
        em.flush();
        changes.record(author, SALARY_RANGE, id.toString(), Action.DELETE, before, null);
    }

    SalaryRange find(UUID id) {
        return SalaryRange.<SalaryRange>find("publicId", id)
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("salary range", id.toString()));
    }

    private void apply(SalaryRange salary, SalaryRangeInput input) {
        String maxCurrency = input.max() == null ? null : input.max().currency();
        FieldChecks checks = new FieldChecks()
                .currency("min.currency", input.min().currency())
                .currency("max.currency", maxCurrency)
                .check(
                        maxCurrency == null || maxCurrency.equals(input.min().currency()),
                        "max.currency",
                        "must equal min.currency")
                .notBelow(
                        "min.amount",
                        input.min().amount(),
                        "max.amount",
                        input.max() == null ? null : input.max().amount());
        WorkType workType = input.workType() == null
                ? null
                : WorkType.<WorkType>find("slug", input.workType())
                        .firstResultOptional()
                        .orElse(null);
        checks.check(
                input.workType() == null || workType != null,
                "workType",
                "names no known work type; GET /api/v1/work-types lists them");
        Region region = Region.findById(input.region());
        checks.check(region != null, "region", "names no known region; GET /api/v1/regions lists them");
        Source source = Source.findBySlug(input.sourceId()).orElse(null);
        checks.check(source != null, "sourceId", "names no known source; GET /api/v1/sources lists them");
        checks.validate();
        salary.role = input.role().toLocalized();
        salary.level = input.level() == null ? null : input.level().shortValue();
        salary.workType = workType;
        salary.region = region;
        salary.minAmount = input.min().amount();
        salary.maxAmount = input.max() == null ? null : input.max().amount();
        salary.currency = input.min().currency();
        salary.period = input.period();
        salary.statistic = input.statistic();
        salary.referenceYear =
                input.referenceYear() == null ? null : input.referenceYear().shortValue();
        salary.note = input.note() == null ? null : input.note().toLocalized();
        salary.source = source;
        salary.verification = input.verification();
    }
}
