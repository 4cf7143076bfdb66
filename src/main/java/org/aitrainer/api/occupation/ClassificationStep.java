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

/** One step of the occupation's path in the national classification, from its major group down to itself. */
@Entity
@Table(name = "classification_step")
public class ClassificationStep extends SourcedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "occupation_id")
    public Occupation occupation;

    /** 1 for the major group, 4 for the occupation itself. */
    public short position;

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
