package org.aitrainer.api.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.Verification;

/** A fact-bearing record: it names the source it was read in and how sure we are of it. */
@Published("Every sourced record of the other features extends it.")
@MappedSuperclass
public abstract class SourcedRecord extends PanacheEntityBase {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @Enumerated(EnumType.STRING)
    public Verification verification;
}
