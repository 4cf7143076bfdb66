package org.aitrainer.api.duty;

import jakarta.ws.rs.Path;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.snapshot.ReadableRecord;

/** One duty, at {@code /api/v1/duties/{slug}}, with its parts in order. */
@Path("/api/v1/duties/{slug}")
public class DutyRecordResource extends ReadableRecord<String, DutyView> {

    DutyRecordResource() {
        super("duty", ResourceNotFoundException::slug, Duties.class);
    }
}
