package org.aitrainer.api.occupation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.aitrainer.api.shared.LocalizedText;
import org.aitrainer.api.source.SourcedRecord;

/** The occupation this service describes: AI Trainer, 4-04-05-05. */
@Entity
@Table(name = "occupation")
public class Occupation extends SourcedRecord {

    public static final String AI_TRAINER = "4-04-05-05";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    public LocalizedText name;

    @OneToMany(mappedBy = "occupation")
    public Set<OccupationStatement> statements = new LinkedHashSet<>();
}
