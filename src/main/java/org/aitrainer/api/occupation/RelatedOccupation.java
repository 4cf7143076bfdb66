package org.aitrainer.api.occupation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.aitrainer.api.core.LocalizedText;

/** Another occupation of the classification, beside the occupation this service describes. */
@Entity
@Table(name = "related_occupation")
public class RelatedOccupation extends OccupationPart {

    public String code;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    public LocalizedText name;

    /** The classification's "S" mark of a digital occupation. */
    public boolean digital;

    @Enumerated(EnumType.STRING)
    public OccupationRelation relation;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "note_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "note_en"))
    public LocalizedText note;
}
