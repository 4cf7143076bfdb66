package org.aitrainer.api.duty;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.source.SourcedRecord;
import org.aitrainer.api.worktype.WorkType;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A duty of the occupation, with the levels and work types it applies to and its parts. */
@Entity
@Table(name = "duty")
public class Duty extends SourcedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    @Enumerated(EnumType.STRING)
    public DutyKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Duty parent;

    @OneToMany(mappedBy = "parent")
    @OrderBy("position")
    @BatchSize(size = 100)
    public List<Duty> children = new ArrayList<>();

    public short position;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    public LocalizedText name;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    public LocalizedText description;

    @Column(name = "examples_zh")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] examplesZh;

    @Column(name = "examples_en")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] examplesEn;

    // Batch loading keeps a page of duties at a fixed number of queries, whatever its size.
    @ElementCollection
    @CollectionTable(name = "duty_level", joinColumns = @JoinColumn(name = "duty_id"))
    @Column(name = "level")
    @BatchSize(size = 100)
    public Set<Short> levels = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "duty_work_type",
            joinColumns = @JoinColumn(name = "duty_id"),
            inverseJoinColumns = @JoinColumn(name = "work_type_id"))
    @BatchSize(size = 100)
    public Set<WorkType> workTypes = new LinkedHashSet<>();
}
