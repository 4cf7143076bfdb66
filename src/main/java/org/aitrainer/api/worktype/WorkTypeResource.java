package org.aitrainer.api.worktype;

import jakarta.ws.rs.Path;
import org.aitrainer.api.snapshot.ReadableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The work types, at {@code /api/v1/work-types}. */
@Path("/api/v1/work-types")
@Tag(name = "Work types")
public class WorkTypeResource extends ReadableCollection<WorkTypes.Entry, WorkTypeView> {

    WorkTypeResource() {
        super(WorkTypeQuery::read, (workType, language) -> workType.view().in(language));
    }
}
