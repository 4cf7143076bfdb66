package org.aitrainer.api.salary;

import org.aitrainer.api.core.Verification;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.QueryFilter;
import org.aitrainer.api.worktype.WorkTypes;

/** The salary figures, at {@code /api/v1/salary-ranges}: their filters and their order. */
final class SalaryRangeCollection {

    static final String PATH = "/api/v1/salary-ranges";

    static final SortOrder.Fields<SalaryRanges.Entry> SORT = SortOrder.Fields.<SalaryRanges.Entry>builder()
            .field("min", (s, lang) -> s.min())
            .field("max", (s, lang) -> s.max())
            .field("level", (s, lang) -> s.level())
            .field("referenceYear", (s, lang) -> s.referenceYear())
            .build(null);

    static final CollectionDeclaration<SalaryRanges.Entry> DECLARED = CollectionDeclaration.<SalaryRanges.Entry>at(PATH)
            .described(
                    "listSalaryRanges",
                    "List salary ranges",
                    "Reported monthly or yearly pay for AI trainers and related roles, by level, work type "
                            + "and region where the source says so. Figures from different sources are kept side by "
                            + "side, each with its own source and verification; many are UNCONFIRMED.")
            .linked(50, "salary-ranges", "薪资范围", "Salary ranges")
            .listing(snapshot -> snapshot.part(SalaryRanges.class).all())
            .filter(QueryFilter.level(
                    "level", "Only figures for this skill level, 1 to 5.", 1, (s, level) -> level.equals(s.level())))
            .filter(QueryFilter.known(
                    "workType",
                    "Only figures for this work type (its id, as GET /api/v1/work-types lists them). An unknown id is a"
                            + " 400.",
                    snapshot -> snapshot.part(WorkTypes.class).slugs(),
                    (s, workType) -> workType.equals(s.workType())))
            .filter(QueryFilter.oneOf(
                    "verification",
                    Verification.class,
                    "Only figures with this verification status.",
                    (s, status) -> s.verification() == status))
            .sort(SORT, "-max", "the order of the sources")
            .filter(QueryFilter.region(
                    "region",
                    "Only figures measured in exactly this region (a GB/T 2260 code, or CN for national figures). An"
                            + " unknown code is a 400.",
                    "420000",
                    snapshot -> snapshot.part(Regions.class).chains(),
                    (chain, snapshot) ->
                            new QueryFilter.Kept<>(null, s -> chain.get(0).equals(s.regionCode()))))
            .warmUp("level=3")
            .exported(
                    60,
                    "salaryRanges",
                    "Every salary figure, in the order recorded.",
                    SalaryRangeExport.class,
                    SalaryRangeExport::read)
            .record(
                    "getSalaryRange",
                    "Get one salary range",
                    "A reported pay figure by its id, with the ETag a PUT or DELETE sends back in If-Match.",
                    QueryFilter.Documented.string(
                            "id", "The salary range's id (a UUID).", "5a1a0000-0000-4000-8000-000000000005"))
            .build();

    private SalaryRangeCollection() {}
}
