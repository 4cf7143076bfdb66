package org.aitrainer.api.level;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.aitrainer.api.shared.LocalizedText;
import org.aitrainer.api.shared.Verification;
import org.aitrainer.api.source.Source;

/** One of the five skill levels, 5 (junior worker) to 1 (senior technician). */
@Entity
@Table(name = "skill_level")
public class SkillLevel extends PanacheEntityBase {

    @Id
    public Short level;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    public LocalizedText name;

    @Column(name = "training_hours")
    public short trainingHours;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "conditions_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "conditions_en"))
    public LocalizedText conditions;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @Enumerated(EnumType.STRING)
    public Verification verification;
}
