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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.source.SourcedRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

/**
 * One condition of a policy (or of one of its benefits) on who may claim, as a source states it, for the
 * certificates issued in its period. Its kind says which of the parameters it uses.
 */
@Entity
@SQLRestriction("deleted_at is null")
@Table(name = "eligibility_rule")
public class EligibilityRule extends SourcedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id")
    public UUID publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id")
    public Policy policy;

    // Null: the rule concerns every benefit of the policy.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "benefit_id")
    public Benefit benefit;

    @Enumerated(EnumType.STRING)
    public RuleKind kind;

    public Short months;

    @Column(name = "issued_from")
    public LocalDate issuedFrom;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public Short[] levels;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] statuses;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "applies_to")
    public String[] appliesTo;

    @Column(name = "min_age")
    public Short minAge;

    @Column(name = "max_age")
    public Short maxAge;

    @Column(name = "max_age_female")
    public Short maxAgeFemale;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "place_bases")
    public String[] placeBases;

    @Column(name = "max_count")
    public Short maxCount;

    @Column(name = "max_count_urgent")
    public Short maxCountUrgent;

    @Enumerated(EnumType.STRING)
    @Column(name = "excluded_kind")
    public BenefitKind excludedKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scheme_policy_id")
    public Policy scheme;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "text_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "text_en"))
    public LocalizedText text;

    @Version
    public long version;

    // Deleted rules stay in the table for the history; no read ever sees them.
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}
