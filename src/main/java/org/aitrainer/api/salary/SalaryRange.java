package org.aitrainer.api.salary;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.region.Region;
import org.aitrainer.api.source.SourcedRecord;
import org.aitrainer.api.worktype.WorkType;

/** A reported pay figure for a role, optionally at a level, in a work type, in a region. */
@Entity
@Table(name = "salary_range")
public class SalaryRange extends SourcedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id")
    public UUID publicId;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "role_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "role_en"))
    public LocalizedText role;

    public Short level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_type_id")
    public WorkType workType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    public Region region;

    @Column(name = "min_amount")
    public BigDecimal minAmount;

    @Column(name = "max_amount")
    public BigDecimal maxAmount;

    public String currency;

    @Enumerated(EnumType.STRING)
    public SalaryPeriod period;

    @Enumerated(EnumType.STRING)
    public SalaryStatistic statistic;

    @Column(name = "reference_year")
    public Short referenceYear;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "note_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "note_en"))
    public LocalizedText note;

    @Version
    public long version;

    protected SalaryRange() {}

    /** A new salary range, with its public id. */
    public SalaryRange(UUID publicId) {
        this.publicId = publicId;
    }
}
