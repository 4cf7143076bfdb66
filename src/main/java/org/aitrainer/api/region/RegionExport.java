package org.aitrainer.api.region;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.aitrainer.api.core.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionExport", description = "A region, in both languages.")
public record RegionExport(
        @Schema(examples = "440300") String code,
        Texts name,
        RegionKind kind,

        @Schema(description = "The enclosing region's code; null for the nation.", nullable = true, examples = "440000")
        String parentCode) {

    /** Every region, from the nation down, then by code. */
    static List<RegionExport> read(EntityManager em) {
        return em.createQuery("select r from Region r order by r.depth, r.code", Region.class).getResultList().stream()
                .map(RegionExport::from)
                .toList();
    }

    static RegionExport from(Region region) {
        return new RegionExport(region.code, Texts.of(region.name), region.kind, region.parentCode);
    }
}
