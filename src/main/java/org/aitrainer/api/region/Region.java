package org.aitrainer.api.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.Reference;
import org.aitrainer.api.core.RegionCodes;
import org.hibernate.annotations.Formula;

/** An administrative division, identified by its GB/T 2260 code; the nation is CN. */
@Published("Salary ranges and policies are placed in regions.")
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "parent_code")
    public String parentCode;

    @Enumerated(EnumType.STRING)
    public RegionKind kind;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    public LocalizedText name;

    @Version
    public long version;

    /** 0 for the nation, 3 for a county: sorts regions from the nation down. */
    @Formula("(case kind when 'COUNTRY' then 0 when 'PROVINCE' then 1 when 'PREFECTURE' then 2 else 3 end)")
    public int depth;

    /** How request bodies name a region: by its code. */
    public static final Reference<String, Region> REFERENCE = new Reference<>(
            "region",
            "/api/v1/regions",
            code -> RegionCodes.isWellFormed(code) ? Region.<Region>findByIdOptional(code) : Optional.empty());

    protected Region() {}

    /** A new region, with its code. */
    public Region(String code) {
        this.code = code;
    }
}
