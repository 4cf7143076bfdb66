package org.aitrainer.api.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.aitrainer.api.core.Language;

/** Walks the region tree in the database, for writes: reads walk the snapshot's ({@link Regions}). */
@ApplicationScoped
public class RegionHierarchy {

    @Inject
    EntityManager em;

    /** The region and every region enclosing it, from the region itself up to the nation; empty when unknown. */
    @SuppressWarnings("unchecked")
    public List<String> selfAndAncestors(String code) {
        return em.createNativeQuery("""
                        with recursive chain(code, parent_code, hops) as (
                            select code, parent_code, 0 from region where code = :code
                            union all
                            select r.code, r.parent_code, c.hops + 1
                            from region r join chain c on r.code = c.parent_code
                            where c.hops < 10
                        )
                        select code from chain order by hops""", String.class)
                .setParameter("code", code)
                .getResultList();
    }

    /**
     * A written region as a GET shows it once the write has committed: with the regions enclosing it, from the nation
     * down, and those directly inside it. Read inside the write's transaction.
     */
    public RegionView withFamily(Region region, Language lang) {
        String code = region.code;
        List<String> chain = selfAndAncestors(code);
        List<Region> family = Region.list("code in ?1 or parentCode = ?2", chain, code);
        List<String> enclosing = new ArrayList<>(chain.subList(1, chain.size()));
        Collections.reverse(enclosing);
        List<RegionRef> ancestors = enclosing.stream()
                .map(ancestor -> family.stream()
                        .filter(r -> r.code.equals(ancestor))
                        .findFirst()
                        .orElseThrow())
                .map(r -> RegionRef.from(r, lang))
                .toList();
        List<RegionRef> children = family.stream()
                .filter(r -> code.equals(r.parentCode))
                .sorted(Comparator.comparing(r -> r.code))
                .map(r -> RegionRef.from(r, lang))
                .toList();
        return RegionView.from(region, lang).withFamily(ancestors, children);
    }
}
