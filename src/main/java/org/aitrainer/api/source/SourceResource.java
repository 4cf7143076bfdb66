package org.aitrainer.api.source;

import jakarta.ws.rs.Path;
import org.aitrainer.api.write.WritableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sources, at {@code /api/v1/sources}: list them, add one. */
@Path(SourceCollection.PATH)
@Tag(name = SourceResource.TAG)
public class SourceResource extends WritableCollection<Sources.Entry, SourceInput, Source, SourceView> {

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Sources";

    public static final String ABOUT = "The documents every fact was read from.";

    SourceResource(SourceRules rules) {
        super(SourceCollection.DECLARED, (source, lang) -> source.view().in(lang), rules, SourceView::from);
    }
}
