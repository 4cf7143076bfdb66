package org.aitrainer.api.source;

import jakarta.ws.rs.Path;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.write.WritableRecord;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One source, at {@code /api/v1/sources/{slug}}: read it, correct it, delete it. */
@Path("/api/v1/sources/{slug}")
@Tag(name = SourceResource.TAG)
public class SourceRecordResource extends WritableRecord<String, SourceInput, Source, SourceView> {

    SourceRecordResource(SourceRules rules) {
        super(
                SourceCollection.DECLARED,
                "source",
                rules,
                ResourceNotFoundException::slug,
                Sources.class,
                SourceView::from);
    }
}
