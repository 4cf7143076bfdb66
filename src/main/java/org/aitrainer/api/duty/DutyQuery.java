package org.aitrainer.api.duty;

import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.Selection;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.ReadSnapshot;
import org.aitrainer.api.worktype.WorkTypes;

/** What GET /api/v1/duties is asked besides the page and the language: its filters and its order. */
final class DutyQuery {

    static final SortOrder.Fields<Duties.Entry> SORT = SortOrder.Fields.<Duties.Entry>builder()
            .field("id", (d, lang) -> d.slug())
            .field("name", (d, lang) -> d.view().in(lang).name())
            .field("kind", (d, lang) -> d.kind().name())
            .field("position", (d, lang) -> d.position())
            .build(null);

    private DutyQuery() {}

    /** The duties every filter keeps, in the requested order; each invalid parameter is rejected. */
    static Selection<Duties.Entry> read(QueryParameters parameters, ReadSnapshot snapshot) {
        Integer levelNumber = parameters.level("level");
        String workTypeSlug =
                parameters.knownSlug("workType", snapshot.part(WorkTypes.class).slugs());
        DutyKind dutyKind = parameters.oneOf("kind", DutyKind.class);
        String folded = parameters.searchText("q");
        return new Selection<>(
                snapshot.part(Duties.class).all(),
                d -> (levelNumber == null || d.levels().contains(levelNumber))
                        && (workTypeSlug == null || d.workTypes().contains(workTypeSlug))
                        && (dutyKind == null || d.kind() == dutyKind)
                        && (folded == null || d.text().contains(folded)),
                parameters.sort(SORT));
    }
}
