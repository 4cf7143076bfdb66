package org.aitrainer.api.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.aitrainer.api.shared.QueryParameters;

/** Walks the region tree: what applies in a region applies in every region inside it. */
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
     * Reads a region filter: the region and its ancestors, or null when the parameter is absent. A well-formed code
     * that names no region is rejected like any other invalid parameter.
     */
    public List<String> filter(QueryParameters parameters, String name, String raw) {
        String code = parameters.regionCode(name, raw);
        if (code == null) {
            return null;
        }
        List<String> chain = selfAndAncestors(code);
        if (chain.isEmpty()) {
            parameters.reject(name, "names no known region; GET /api/v1/regions lists them");
            return null;
        }
        return chain;
    }
}
