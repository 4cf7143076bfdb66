package org.aitrainer.api.occupation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.aitrainer.api.shared.LocalizedText;
import org.aitrainer.api.source.SourcedRecord;

/** Another occupation of the classification, beside the occupation this service describes. */
@Entity
@Table(name = "related_occupation")
public class RelatedOccupation extends SourcedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "occupation_id")
    public Occupation occupation;

    public short position;

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
