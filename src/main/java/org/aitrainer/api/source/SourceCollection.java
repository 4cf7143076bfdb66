package org.aitrainer.api.source;

import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.QueryFilter;

/** The sources, at {@code /api/v1/sources}: their order. */
final class SourceCollection {

    static final String PATH = "/api/v1/sources";

    static final SortOrder.Fields<Sources.Entry> SORT = SortOrder.Fields.<Sources.Entry>builder()
            .field("id", (s, lang) -> s.slug())
            .field("title", (s, lang) -> s.view().in(lang).title())
            .field("publishedOn", (s, lang) -> s.publishedOn())
            .build(null);

    static final CollectionDeclaration<Sources.Entry> DECLARED = CollectionDeclaration.<Sources.Entry>at(PATH)
            .described(
                    "listSources",
                    "List sources",
                    "Every document the data was read from: the national standard, policy texts, news "
                            + "reports, reposts and the article this data set started from. Records refer to them by "
                            + "id (`sourceId`).")
            .linked(100, "sources", "信息来源", "Sources")
            .listing(snapshot -> snapshot.part(Sources.class).all())
            .sort(SORT, "-publishedOn", "the order the sources were recorded in")
            .exported(10, "sources", "Every source, in the order recorded.", SourceExport.class, SourceExport::read)
            .record(
                    "getSource",
                    "Get one source",
                    "A source by its id, with the ETag a PUT or DELETE sends back in If-Match.",
                    QueryFilter.Documented.string("slug", "The source's id (slug).", "nosc-2021"))
            .build();

    private SourceCollection() {}
}
