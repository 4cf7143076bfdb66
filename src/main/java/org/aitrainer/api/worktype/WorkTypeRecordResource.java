package org.aitrainer.api.worktype;

import jakarta.ws.rs.Path;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.snapshot.ReadableRecord;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One work type, at {@code /api/v1/work-types/{slug}}. */
@Path("/api/v1/work-types/{slug}")
@Tag(name = WorkTypeResource.TAG)
public class WorkTypeRecordResource extends ReadableRecord<String, WorkTypeView> {

    WorkTypeRecordResource() {
        super(WorkTypeCollection.DECLARED, "work type", ResourceNotFoundException::slug, WorkTypes.class);
    }
}
