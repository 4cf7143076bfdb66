package org.aitrainer.api.occupation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.aitrainer.api.core.LocalizedText;

/** One statement about the occupation, with its own source. */
@Entity
@Table(name = "occupation_statement")
public class OccupationStatement extends OccupationPart {

    @Enumerated(EnumType.STRING)
    public StatementTopic topic;

    @Column(name = "as_of")
    public String asOf;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "text_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "text_en"))
    public LocalizedText text;
}
