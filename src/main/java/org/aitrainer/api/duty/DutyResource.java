package org.aitrainer.api.duty;

import jakarta.ws.rs.Path;
import org.aitrainer.api.snapshot.ReadableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The duties, at {@code /api/v1/duties}: list them, filtered as {@link DutyQuery} reads. */
@Path(DutyCollection.PATH)
@Tag(name = DutyResource.TAG)
public class DutyResource extends ReadableCollection<Duties.Entry, DutyView> {

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Duties";

    public static final String ABOUT = "What AI trainers do, by level and work type, with the parts of each duty.";

    DutyResource() {
        super(DutyCollection.DECLARED, (duty, lang) -> duty.view().in(lang));
    }
}
