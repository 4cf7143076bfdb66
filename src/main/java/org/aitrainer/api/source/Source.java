package org.aitrainer.api.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.Reference;
import org.aitrainer.api.core.Slugs;

/** Where a fact was read: a standard, a policy text, a news report, an article. */
@Published("Salary ranges and policies cite sources.")
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    public LocalizedText title;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "publisher_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "publisher_en"))
    public LocalizedText publisher;

    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "accessed_on")
    public LocalDate accessedOn;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "note_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "note_en"))
    public LocalizedText note;

    @Version
    public long version;

    /** The source with this id; none for an id that is not a well-formed slug, which is not looked up. */
    public static Optional<Source> findBySlug(String slug) {
        return Slugs.isValid(slug) ? find("slug", slug).firstResultOptional() : Optional.empty();
    }

    /** How request bodies cite a source: by its id. */
    public static final Reference<String, Source> REFERENCE =
            new Reference<>("source", "/api/v1/sources", Source::findBySlug);

    protected Source() {}

    /** A new source, with the id its creator chose. */
    public Source(String slug) {
        this.slug = slug;
    }
}
