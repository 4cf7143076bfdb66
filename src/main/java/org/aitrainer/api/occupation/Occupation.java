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
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.source.SourcedRecord;

/** The occupation this service describes: AI Trainer, 4-04-05-05. */
@Published("Subsidy estimates count the subsidies received before for this occupation, by its code.")
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

    /** The path in the national classification, from the major group down to the occupation itself. */
    @OneToMany(mappedBy = "occupation")
    public Set<ClassificationStep> classification = new LinkedHashSet<>();

    @OneToMany(mappedBy = "occupation")
    public Set<RelatedOccupation> relatedOccupations = new LinkedHashSet<>();

    /** Whether the classification marks the occupation "S", a digital occupation. */
    public boolean digital() {
        return classification.stream()
                .anyMatch(step -> step.kind == ClassificationKind.OCCUPATION && Boolean.TRUE.equals(step.digital));
    }

    /**
     * Loads the classification and the related occupations, with their sources, into an occupation already read: one
     * query, apart from the statements' so that no statement is fetched once per step.
     */
    public static void fetchClassification(Occupation occupation) {
        getEntityManager()
                .createQuery(
                        "select o from Occupation o left join fetch o.classification c "
                                + "left join fetch c.source left join fetch o.relatedOccupations r left join fetch r.source "
                                + "where o = :occupation",
                        Occupation.class)
                .setParameter("occupation", occupation)
                .getSingleResult();
    }
}
