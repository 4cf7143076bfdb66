package org.aitrainer.api.occupation;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.aitrainer.api.source.SourcedRecord;

/** A sourced record that belongs to the occupation: a statement, a classification step, a related occupation. */
@MappedSuperclass
public abstract class OccupationPart extends SourcedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "occupation_id")
    public Occupation occupation;

    /** Its place in its list: a statement's within its topic, a step's from the major group (1) down. */
    public short position;
}
