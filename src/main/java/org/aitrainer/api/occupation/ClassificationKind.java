package org.aitrainer.api.occupation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A step of the national occupational classification (职业分类大典), from the widest: MAJOR_GROUP "
                + "(大类, such as 4), MIDDLE_GROUP (中类, 4-04), MINOR_GROUP (小类, 4-04-05), OCCUPATION (职业, 4-04-05-05).")
public enum ClassificationKind {
    MAJOR_GROUP,
    MIDDLE_GROUP,
    MINOR_GROUP,
    OCCUPATION
}
