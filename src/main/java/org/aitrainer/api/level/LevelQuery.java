package org.aitrainer.api.level;

import java.util.Comparator;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.Selection;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.ReadSnapshot;

/** What GET /api/v1/levels is asked besides the page and the language: its order. */
final class LevelQuery {

    static final SortOrder.Fields<Levels.Entry> SORT = SortOrder.Fields.<Levels.Entry>builder()
            .field("level", (l, lang) -> l.level())
            .field("trainingHours", (l, lang) -> l.trainingHours())
            .build("-level", Comparator.comparingInt(Levels.Entry::level));

    private LevelQuery() {}

    /** Every entry, in the requested order; an invalid order is rejected. */
    static Selection<Levels.Entry> read(QueryParameters parameters, ReadSnapshot snapshot) {
        return new Selection<>(snapshot.part(Levels.class).all(), entry -> true, parameters.sort(SORT));
    }
}
