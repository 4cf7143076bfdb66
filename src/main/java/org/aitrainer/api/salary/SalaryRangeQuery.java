package org.aitrainer.api.salary;

import java.util.List;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.Selection;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.ReadSnapshot;
import org.aitrainer.api.worktype.WorkTypes;

/** What GET /api/v1/salary-ranges is asked besides the page and the language: its filters and its order. */
final class SalaryRangeQuery {

    static final SortOrder.Fields<SalaryRanges.Entry> SORT = SortOrder.Fields.<SalaryRanges.Entry>builder()
            .field("min", (s, lang) -> s.min())
            .field("max", (s, lang) -> s.max())
            .field("level", (s, lang) -> s.level())
            .field("referenceYear", (s, lang) -> s.referenceYear())
            .build(null);

    private SalaryRangeQuery() {}

    /** The figures every filter keeps, in the requested order; each invalid parameter is rejected. */
    static Selection<SalaryRanges.Entry> read(QueryParameters parameters, ReadSnapshot snapshot) {
        Integer levelNumber = parameters.level("level");
        String workTypeSlug =
                parameters.knownSlug("workType", snapshot.part(WorkTypes.class).slugs());
        Verification status = parameters.oneOf("verification", Verification.class);
        SortOrder<SalaryRanges.Entry> order = parameters.sort(SORT);
        List<String> regionChain =
                parameters.knownRegion("region", snapshot.part(Regions.class).chains());
        String regionCode = regionChain == null ? null : regionChain.get(0);
        return new Selection<>(
                snapshot.part(SalaryRanges.class).all(),
                s -> (levelNumber == null || levelNumber.equals(s.level()))
                        && (workTypeSlug == null || workTypeSlug.equals(s.workType()))
                        && (regionCode == null || regionCode.equals(s.regionCode()))
                        && (status == null || s.verification() == status),
                order);
    }
}
