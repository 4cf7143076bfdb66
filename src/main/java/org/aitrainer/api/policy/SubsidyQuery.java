package org.aitrainer.api.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.aitrainer.api.core.ShanghaiDate;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.Selection;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.ReadSnapshot;

/** What GET /api/v1/subsidies is asked besides the page and the language: where, for which level, when. */
final class SubsidyQuery {

    static final SortOrder.Fields<Policies.Subsidy> SORT = SortOrder.Fields.<Policies.Subsidy>builder()
            .field("region", (b, lang) -> b.regionDepth())
            .field("level", (b, lang) -> b.level())
            .field("amount", (b, lang) -> b.amount())
            .field("effectiveFrom", (b, lang) -> b.effectiveFrom())
            .build("-region,-level", Comparator.comparingLong(Policies.Subsidy::id));

    private SubsidyQuery() {}

    /**
     * The question as read: the date (today in Asia/Shanghai unless given), the region and those enclosing it (null
     * for every region), the level (null for every level), and the subsidies in force that answer it.
     */
    record Asked(LocalDate date, List<String> regionChain, Integer level, Selection<Policies.Subsidy> subsidies) {}

    /** The question; each invalid parameter is rejected. */
    static Asked read(QueryParameters parameters, ReadSnapshot snapshot) {
        Integer levelNumber = parameters.level("level");
        LocalDate requested = parameters.date("on");
        SortOrder<Policies.Subsidy> order = parameters.sort(SORT);
        List<String> regionChain =
                parameters.knownRegion("region", snapshot.part(Regions.class).chains());
        LocalDate date = requested == null ? ShanghaiDate.today() : requested;
        Policies policies = snapshot.part(Policies.class);
        return new Asked(
                date,
                regionChain,
                levelNumber,
                new Selection<>(
                        regionChain == null ? policies.subsidies() : policies.subsidiesIn(regionChain),
                        b -> b.inForce(date) && (levelNumber == null || b.forLevel(levelNumber)),
                        order));
    }
}
