package org.aitrainer.api.policy;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.UUID;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.source.SourcedRecord;
import org.hibernate.annotations.SQLRestriction;

/**
 * One amount of a policy for one period. A change of amount is a new benefit with its own dates, so the history of
 * every subsidy stays queryable.
 */
@Entity
@SQLRestriction("deleted_at is null")
@Table(name = "benefit")
public class Benefit extends SourcedRecord {

    /** In force on {@code :on}, both dates inclusive; a missing date leaves that side open. */
    static final String IN_FORCE =
            "(b.effectiveFrom is null or b.effectiveFrom <= :on) and (b.effectiveTo is null or :on <= b.effectiveTo)";

    /**
     * Levels from 5 down, then benefits not tied to a level (as in subsidy lookups); within a level, oldest first.
     */
    static final Comparator<Benefit> HISTORY_ORDER = Comparator.comparing(
                    (Benefit b) -> b.level, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(b -> b.kind)
            .thenComparing(b -> b.effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(b -> b.id);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id")
    public UUID publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id")
    public Policy policy;

    public Short level;

    @Enumerated(EnumType.STRING)
    public BenefitKind kind;

    public BigDecimal amount;

    public String currency;

    @Column(name = "upper_limit")
    public boolean upperLimit;

    @Column(name = "uplift_percent")
    public BigDecimal upliftPercent;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "conditions_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "conditions_en"))
    public LocalizedText conditions;

    @Version
    public long version;

    // Deleted benefits stay in the table for the history; no read ever sees them.
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}
