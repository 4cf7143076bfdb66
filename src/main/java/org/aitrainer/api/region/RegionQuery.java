package org.aitrainer.api.region;

import java.util.Comparator;
import java.util.List;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.Selection;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.ReadSnapshot;

/** What GET /api/v1/regions is asked besides the page and the language: the enclosing region and the order. */
final class RegionQuery {

    static final SortOrder.Fields<Regions.Entry> SORT = SortOrder.Fields.<Regions.Entry>builder()
            .field("code", (r, lang) -> r.code())
            .field("name", (r, lang) -> r.view().in(lang).name())
            .field("depth", (r, lang) -> r.depth())
            .build("depth,code", Comparator.comparing(Regions.Entry::code));

    private RegionQuery() {}

    /** Every region, or those directly inside the parent, in the requested order; each invalid parameter is rejected. */
    static Selection<Regions.Entry> read(QueryParameters parameters, ReadSnapshot snapshot) {
        Regions regions = snapshot.part(Regions.class);
        SortOrder<Regions.Entry> order = parameters.sort(SORT);
        List<String> parentChain = parameters.knownRegion("parent", regions.chains());
        return new Selection<>(
                parentChain == null ? regions.all() : regions.inside(parentChain.get(0)), r -> true, order);
    }
}
