package org.aitrainer.api.region;

import java.util.Comparator;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.QueryFilter;

/** The regions, at {@code /api/v1/regions}: the enclosing region and the order. */
final class RegionCollection {

    static final String PATH = "/api/v1/regions";

    static final SortOrder.Fields<Regions.Entry> SORT = SortOrder.Fields.<Regions.Entry>builder()
            .field("code", (r, lang) -> r.code())
            .field("name", (r, lang) -> r.view().in(lang).name())
            .field("depth", (r, lang) -> r.depth())
            .build("depth,code", Comparator.comparing(Regions.Entry::code));

    static final CollectionDeclaration<Regions.Entry> DECLARED = CollectionDeclaration.<Regions.Entry>at(PATH)
            .described(
                    "listRegions",
                    "List regions",
                    "The administrative divisions that policies and salary figures refer to, identified by "
                            + "their GB/T 2260 codes (CN for the nation). Filter by the enclosing region to build a "
                            + "picker.")
            .linked(90, "regions", "地区", "Regions")
            .listing(snapshot -> snapshot.part(Regions.class).all())
            .sort(SORT, "depth,code", "depth,code (the nation first)")
            .filter(QueryFilter.region(
                    "parent",
                    "Only the regions directly inside this region (a GB/T 2260 code or CN). An unknown code is a 400.",
                    "440000",
                    snapshot -> snapshot.part(Regions.class).chains(),
                    (chain, snapshot) ->
                            new QueryFilter.Kept<>(snapshot.part(Regions.class).inside(chain.get(0)), null)))
            .exported(
                    20,
                    "regions",
                    "Every region, from the nation down, then by code.",
                    RegionExport.class,
                    RegionExport::read)
            .record(
                    "getRegion",
                    "Get one region",
                    "A region with the regions that enclose it (from the nation down) and those directly inside it, and the ETag a PUT or DELETE sends back in If-Match.",
                    QueryFilter.Documented.string("code", "GB/T 2260 code, or CN for the nation.", "440300"))
            .build();

    private RegionCollection() {}
}
