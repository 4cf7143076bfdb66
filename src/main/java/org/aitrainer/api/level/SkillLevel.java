package org.aitrainer.api.level;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.source.SourcedRecord;

/** One of the five skill levels, 5 (junior worker) to 1 (senior technician). */
@Entity
@Table(name = "skill_level")
public class SkillLevel extends SourcedRecord {

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
}
