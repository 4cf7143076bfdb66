package org.aitrainer.api.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

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
}
