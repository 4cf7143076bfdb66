package org.aitrainer.api.level;

import jakarta.ws.rs.Path;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.snapshot.ReadableCollection;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The skill levels, at {@code /api/v1/levels}. */
@Path("/api/v1/levels")
@Tag(name = "Levels")
public class LevelResource extends ReadableCollection<Localized<LevelView>, LevelView> {

    LevelResource() {
        super(LevelQuery::read, Localized::in);
    }
}
