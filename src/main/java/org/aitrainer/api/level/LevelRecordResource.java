package org.aitrainer.api.level;

import jakarta.ws.rs.Path;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.snapshot.ReadableRecord;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One skill level, at {@code /api/v1/levels/{level}}: its number, 1 to 5; any other value names no level. */
@Path("/api/v1/levels/{level}")
@Tag(name = LevelResource.TAG)
public class LevelRecordResource extends ReadableRecord<Integer, LevelView> {

    LevelRecordResource() {
        super(LevelCollection.DECLARED, "level", LevelRecordResource::number, Levels.class);
    }

    private static Integer number(String noun, String level) {
        if (level.matches("[1-5]")) {
            return Integer.parseInt(level);
        }
        throw new ResourceNotFoundException(noun, level);
    }
}
