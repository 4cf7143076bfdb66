package org.aitrainer.api.duty;

import jakarta.ws.rs.Path;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.snapshot.ReadableRecord;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One duty, at {@code /api/v1/duties/{slug}}, with its parts in order. */
@Path("/api/v1/duties/{slug}")
@Tag(name = DutyResource.TAG)
public class DutyRecordResource extends ReadableRecord<String, DutyView> {

    DutyRecordResource() {
        super(DutyCollection.DECLARED, "duty", ResourceNotFoundException::slug, Duties.class);
    }
}
