package org.aitrainer.api.level;

import jakarta.ws.rs.Path;
import org.aitrainer.api.snapshot.ReadableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The skill levels, at {@code /api/v1/levels}. */
@Path(LevelCollection.PATH)
@Tag(name = LevelResource.TAG)
public class LevelResource extends ReadableCollection<Levels.Entry, LevelView> {

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Levels";

    public static final String ABOUT = "The five skill levels, 5 (junior worker) to 1 (senior technician).";

    LevelResource() {
        super(LevelCollection.DECLARED, (level, language) -> level.view().in(language));
    }
}
