package org.aitrainer.api.occupation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "SAME_GROUP: another occupation of the same minor group (4-04-05); RELATED: an occupation of "
                + "another group that the source relates to this one.")
public enum OccupationRelation {
    SAME_GROUP,
    RELATED
}
