package org.aitrainer.api.worktype;

import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.QueryFilter;

/** The work types, at {@code /api/v1/work-types}: their order. */
final class WorkTypeCollection {

    static final String PATH = "/api/v1/work-types";

    static final SortOrder.Fields<WorkTypes.Entry> SORT = SortOrder.Fields.<WorkTypes.Entry>builder()
            .field("position", (w, lang) -> w.position())
            .field("id", (w, lang) -> w.slug())
            .field("name", (w, lang) -> w.view().in(lang).name())
            .build("position");

    static final CollectionDeclaration<WorkTypes.Entry> DECLARED = CollectionDeclaration.<WorkTypes.Entry>at(PATH)
            .described(
                    "listWorkTypes",
                    "List the work types",
                    "The work types (工种) of the occupation: the two of the 2021 standard in its order, "
                            + "then 人工智能数字人训练师, added on 2024-07-31; each with the date it was added and its source.")
            .linked(30, "work-types", "工种", "Work types")
            .listing(snapshot -> snapshot.part(WorkTypes.class).all())
            .sort(SORT, "name", "position")
            .exported(
                    40,
                    "workTypes",
                    "The work types, in the standard's order.",
                    WorkTypeExport.class,
                    WorkTypeExport::read)
            .record(
                    "getWorkType",
                    "Get one work type",
                    "A work type by its id.",
                    QueryFilter.Documented.string("slug", "The work type's id (slug).", "data-annotator"))
            .build();

    private WorkTypeCollection() {}
}
