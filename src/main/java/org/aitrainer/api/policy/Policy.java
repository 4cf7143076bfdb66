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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Reference;
import org.aitrainer.api.core.Slugs;
import org.aitrainer.api.region.Region;
import org.aitrainer.api.source.SourcedRecord;
import org.hibernate.annotations.SQLRestriction;

/** A national or local policy that concerns the occupation, with its benefits over time. */
@Entity
@SQLRestriction("deleted_at is null")
@Table(name = "policy")
public class Policy extends SourcedRecord {

    /**
     * In force on {@code :on}: started (effective date, or the issue date when no effective date is known) and not
     * yet ended. A policy with no known dates is never excluded.
     */
    static final String IN_FORCE = "(coalesce(p.effectiveFrom, p.issuedOn) is null or coalesce(p.effectiveFrom, "
            + "p.issuedOn) <= :on) and (p.effectiveTo is null or :on <= p.effectiveTo)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    public LocalizedText title;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "issuer_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "issuer_en"))
    public LocalizedText issuer;

    @Column(name = "document_number")
    public String documentNumber;

    @Enumerated(EnumType.STRING)
    public PolicyCategory category;

    @Enumerated(EnumType.STRING)
    public PolicyScope scope;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code")
    public Region region;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "summary_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
    public LocalizedText summary;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "eligibility_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "eligibility_en"))
    public LocalizedText eligibility;

    @OneToMany(mappedBy = "policy")
    public Set<Benefit> benefits = new LinkedHashSet<>();

    @OneToMany(mappedBy = "policy")
    public Set<EligibilityRule> rules = new LinkedHashSet<>();

    @Version
    public long version;

    // Deleted policies and benefits stay in the table for the history; no read ever sees them.
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    /** How request bodies name another policy: by its id; an id that is not a well-formed slug is not looked up. */
    public static final Reference<String, Policy> REFERENCE = new Reference<>(
            "policy",
            "/api/v1/policies",
            slug -> Slugs.isValid(slug) ? Policy.<Policy>find("slug", slug).firstResultOptional() : Optional.empty());

    protected Policy() {}

    /** A new policy, with the id its creator chose. */
    public Policy(String slug) {
        this.slug = slug;
    }
}
