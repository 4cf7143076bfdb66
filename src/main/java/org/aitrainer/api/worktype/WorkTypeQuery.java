package org.aitrainer.api.worktype;

import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.Selection;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.ReadSnapshot;

/** What GET /api/v1/work-types is asked besides the page and the language: its order. */
final class WorkTypeQuery {

    static final SortOrder.Fields<WorkTypes.Entry> SORT = SortOrder.Fields.<WorkTypes.Entry>builder()
            .field("position", (w, lang) -> w.position())
            .field("id", (w, lang) -> w.slug())
            .field("name", (w, lang) -> w.view().in(lang).name())
            .build("position");

    private WorkTypeQuery() {}

    /** Every entry, in the requested order; an invalid order is rejected. */
    static Selection<WorkTypes.Entry> read(QueryParameters parameters, ReadSnapshot snapshot) {
        return new Selection<>(snapshot.part(WorkTypes.class).all(), entry -> true, parameters.sort(SORT));
    }
}
