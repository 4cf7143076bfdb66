package org.aitrainer.api.salary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.region.Region;
import org.aitrainer.api.source.Source;
import org.aitrainer.api.worktype.WorkType;
import org.aitrainer.api.write.FieldChecks;
import org.aitrainer.api.write.Write;
import org.aitrainer.api.write.WriteRules;

/** What a salary range's writes must respect. A salary range is deleted for good: the change log keeps what it was. */
@ApplicationScoped
public class SalaryRangeRules extends WriteRules<UUID, SalaryRangeInput, SalaryRange> {

    /** A salary range's type in the change feed. */
    public static final String TYPE = "salary-range";

    /** A salary range's record in the change feed: its id and its fields. */
    public record SalaryRangeRecord(UUID id, @JsonUnwrapped SalaryRangeInput range) {
        public static SalaryRangeRecord of(SalaryRange salary) {
            return new SalaryRangeRecord(salary.publicId, SalaryRangeInput.from(salary));
        }
    }

    SalaryRangeRules() {
        super(TYPE, salary -> salary.publicId.toString(), salary -> salary.version, SalaryRangeRecord::of);
    }

    @Override
    public SalaryRange find(UUID id) {
        return SalaryRange.<SalaryRange>find("publicId", id)
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("salary range", id.toString()));
    }

    @Override
    protected SalaryRange newRecord(SalaryRangeInput input) {
        return new SalaryRange(UUID.randomUUID());
    }

    @Override
    public void delete(SalaryRange salary, Write write) {
        salary.delete();
    }

    @Override
    protected void apply(SalaryRange salary, SalaryRangeInput input, Write write) {
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
        WorkType workType = checks.references("workType", input.workType(), WorkType.REFERENCE);
        Region region = checks.references("region", input.region(), Region.REFERENCE);
        Source source = checks.references("sourceId", input.sourceId(), Source.REFERENCE);
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
