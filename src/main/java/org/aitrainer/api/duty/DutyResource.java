package org.aitrainer.api.duty;

import jakarta.ws.rs.Path;
import org.aitrainer.api.snapshot.ReadableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The duties, at {@code /api/v1/duties}: list them, filtered as {@link DutyQuery} reads. */
@Path("/api/v1/duties")
@Tag(name = "Duties")
public class DutyResource extends ReadableCollection<Duties.Entry, DutyView> {

    DutyResource() {
        super(DutyQuery::read, (duty, lang) -> duty.view().in(lang));
    }
}
