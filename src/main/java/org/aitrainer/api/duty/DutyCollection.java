package org.aitrainer.api.duty;

import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.QueryFilter;
import org.aitrainer.api.worktype.WorkTypes;

/** The duties, at {@code /api/v1/duties}: their filters and their order. */
final class DutyCollection {

    static final String PATH = "/api/v1/duties";

    static final SortOrder.Fields<Duties.Entry> SORT = SortOrder.Fields.<Duties.Entry>builder()
            .field("id", (d, lang) -> d.slug())
            .field("name", (d, lang) -> d.view().in(lang).name())
            .field("kind", (d, lang) -> d.kind().name())
            .field("position", (d, lang) -> d.position())
            .build(null);

    static final CollectionDeclaration<Duties.Entry> DECLARED = CollectionDeclaration.<Duties.Entry>at(PATH)
            .described(
                    "listDuties",
                    "List duties",
                    "The duties of the occupation: the duty areas described for the public, the "
                            + "occupational functions of the official assessment outline per level with their work "
                            + "contents, and the main tasks named when the occupation was created. Each names the "
                            + "levels and work types it applies to where a source says so; filters match only those.")
            .linked(40, "duties", "工作内容", "Duties")
            .listing(snapshot -> snapshot.part(Duties.class).all())
            .filter(QueryFilter.level(
                    "level",
                    "Only duties that apply at this skill level, 1 to 5.",
                    3,
                    (d, level) -> d.levels().contains(level)))
            .filter(QueryFilter.known(
                    "workType",
                    "Only duties of this work type (its id, as GET /api/v1/work-types lists them). An unknown id is a"
                            + " 400.",
                    snapshot -> snapshot.part(WorkTypes.class).slugs(),
                    (d, workType) -> d.workTypes().contains(workType)))
            .filter(QueryFilter.oneOf(
                    "kind", DutyKind.class, "Only duties of this kind.", (d, kind) -> d.kind() == kind))
            .filter(QueryFilter.text(
                    "q",
                    "Only duties whose name or description contains this text, in either language, ignoring case. At"
                            + " most 100 characters.",
                    "标注",
                    (d, folded) -> d.text().contains(folded)))
            .sort(SORT, "kind,position", "the order of the sources")
            .warmUp("level=3")
            .exported(
                    50,
                    "duties",
                    "Every duty, in the order recorded; parts refer to their whole by parentId.",
                    DutyExport.class,
                    DutyExport::read)
            .record(
                    "getDuty",
                    "Get one duty",
                    "A duty by its id, with its parts (children) in order.",
                    QueryFilter.Documented.string("slug", "The duty's id (slug).", "l3-intelligent-training"))
            .build();

    private DutyCollection() {}
}
