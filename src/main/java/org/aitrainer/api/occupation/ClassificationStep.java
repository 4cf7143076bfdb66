package org.aitrainer.api.occupation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.aitrainer.api.core.LocalizedText;

/** One step of the occupation's path in the national classification, from its major group down to itself. */
@Entity
@Table(name = "classification_step")
public class ClassificationStep extends OccupationPart {

    @Enumerated(EnumType.STRING)
    public ClassificationKind kind;

    public String code;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    public LocalizedText name;

    /** The classification's "S" mark; null for a group, which has none. */
    public Boolean digital;
}
