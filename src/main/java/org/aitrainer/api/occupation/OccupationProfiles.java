package org.aitrainer.api.occupation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.snapshot.SnapshotPart;

/** The occupation's profile as reads serve it; absent only in a database without the seed data. */
public record OccupationProfiles(Optional<Localized<OccupationProfile>> aiTrainer) {

    /** Reads the profile into the snapshot. */
    @ApplicationScoped
    static class Part implements SnapshotPart<OccupationProfiles> {

        @Override
        public Set<String> shows() {
            return Set.of();
        }

        @Override
        public Class<OccupationProfiles> type() {
            return OccupationProfiles.class;
        }

        @Override
        public OccupationProfiles load(EntityManager em) {
            return new OccupationProfiles(em.createQuery(
                            "select o from Occupation o join fetch o.source "
                                    + "left join fetch o.statements s left join fetch s.source where o.code = :code",
                            Occupation.class)
                    .setParameter("code", Occupation.AI_TRAINER)
                    .getResultStream()
                    .findFirst()
                    .map(o -> {
                        Occupation.fetchClassification(o);
                        return Localized.of(lang -> OccupationProfile.from(o, lang));
                    }));
        }
    }
}
