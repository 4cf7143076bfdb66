package org.aitrainer.api.level;

import jakarta.ws.rs.Path;
import org.aitrainer.api.snapshot.ReadableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The skill levels, at {@code /api/v1/levels}. */
@Path("/api/v1/levels")
@Tag(name = "Levels")
public class LevelResource extends ReadableCollection<Levels.Entry, LevelView> {

    LevelResource() {
        super(LevelQuery::read, (level, language) -> level.view().in(language));
    }
}
