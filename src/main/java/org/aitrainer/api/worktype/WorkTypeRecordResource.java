package org.aitrainer.api.worktype;

import jakarta.ws.rs.Path;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.snapshot.ReadableRecord;

/** One work type, at {@code /api/v1/work-types/{slug}}. */
@Path("/api/v1/work-types/{slug}")
public class WorkTypeRecordResource extends ReadableRecord<String, WorkTypeView> {

    WorkTypeRecordResource() {
        super("work type", ResourceNotFoundException::slug, WorkTypes.class);
    }
}
