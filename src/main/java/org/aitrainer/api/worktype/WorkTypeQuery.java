package org.aitrainer.api.worktype;

import org.aitrainer.api.core.Localized;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.Selection;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.ReadSnapshot;

/** What GET /api/v1/work-types is asked besides the page and the language: its order. */
final class WorkTypeQuery {

    static final SortOrder.Fields<Localized<WorkTypeView>> SORT = SortOrder.Fields.<Localized<WorkTypeView>>builder()
            .field("position", (w, lang) -> w.zh().position())
            .field("id", (w, lang) -> w.zh().id())
            .field("name", (w, lang) -> w.in(lang).name())
            .build("position");

    private WorkTypeQuery() {}

    /** Every entry, in the requested order; an invalid order is rejected. */
    static Selection<Localized<WorkTypeView>> read(QueryParameters parameters, ReadSnapshot snapshot) {
        return new Selection<>(snapshot.part(WorkTypes.class).all(), entry -> true, parameters.sort(SORT));
    }
}
