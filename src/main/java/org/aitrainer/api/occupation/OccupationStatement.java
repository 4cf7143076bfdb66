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

/** One statement about the occupation, with its own source. */
@Entity
@Table(name = "occupation_statement")
public class OccupationStatement extends SourcedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "occupation_id")
    public Occupation occupation;

    @Enumerated(EnumType.STRING)
    public StatementTopic topic;

    public short position;

    @Column(name = "as_of")
    public String asOf;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "text_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "text_en"))
    public LocalizedText text;
}
