package org.aitrainer.api.worktype;

import jakarta.ws.rs.Path;
import org.aitrainer.api.snapshot.ReadableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The work types, at {@code /api/v1/work-types}. */
@Path(WorkTypeCollection.PATH)
@Tag(name = WorkTypeResource.TAG)
public class WorkTypeResource extends ReadableCollection<WorkTypes.Entry, WorkTypeView> {

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Work types";

    public static final String ABOUT = "The work types (工种) of the occupation: data annotator, AI algorithm tester "
            + "and AI digital-human trainer.";

    WorkTypeResource() {
        super(
                WorkTypeCollection.DECLARED,
                (workType, language) -> workType.view().in(language));
    }
}
