package org.aitrainer.api.source;

import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.Selection;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.ReadSnapshot;

/** What GET /api/v1/sources is asked besides the page and the language: its order. */
final class SourceQuery {

    static final SortOrder.Fields<Sources.Entry> SORT = SortOrder.Fields.<Sources.Entry>builder()
            .field("id", (s, lang) -> s.slug())
            .field("title", (s, lang) -> s.view().in(lang).title())
            .field("publishedOn", (s, lang) -> s.publishedOn())
            .build(null);

    private SourceQuery() {}

    /** Every entry, in the requested order; an invalid order is rejected. */
    static Selection<Sources.Entry> read(QueryParameters parameters, ReadSnapshot snapshot) {
        return new Selection<>(snapshot.part(Sources.class).all(), entry -> true, parameters.sort(SORT));
    }
}
