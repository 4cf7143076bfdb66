package org.aitrainer.api.worktype;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.Reference;
import org.aitrainer.api.core.Slugs;
import org.aitrainer.api.source.SourcedRecord;

/** A work type (工种) of the occupation: data annotator, AI algorithm tester or AI digital-human trainer. */
@Published("Duties and salary ranges belong to work types.")
@Entity
@Table(name = "work_type")
public class WorkType extends SourcedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public short position;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    public LocalizedText name;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    public LocalizedText description;

    /** When it was added, as precisely as its source gives it: "2021" (the standard's edition), "2024-07-31". */
    @Column(name = "added_in")
    public String addedIn;

    /** How request bodies name a work type: by its id. */
    public static final Reference<String, WorkType> REFERENCE = new Reference<>(
            "work type",
            "/api/v1/work-types",
            slug -> Slugs.isValid(slug)
                    ? WorkType.<WorkType>find("slug", slug).firstResultOptional()
                    : Optional.empty());
}
