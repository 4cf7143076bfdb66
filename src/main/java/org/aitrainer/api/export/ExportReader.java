package org.aitrainer.api.export;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.aitrainer.api.occupation.Occupation;
import org.aitrainer.api.policy.PolicyExport;
import org.aitrainer.api.snapshot.ConsistentRead;
import org.aitrainer.api.snapshot.DataHistory;
import org.aitrainer.api.snapshot.ExportSection;
import org.aitrainer.api.snapshot.ReadableCollection;

/**
 * Reads what the exports write: the data-set version and the data, from one consistent snapshot of the database, into
 * plain records that outlive the transaction (the response body is written after it ends).
 */
@ApplicationScoped
public class ExportReader {

    /** What was read, and the data-set version it was read at. */
    public record Snapshot<T>(long version, T content) {}

    @Inject
    EntityManager em;

    private final List<ExportSection<?>> sections;

    /** The sections of the data set: those the collections' declarations name, in their order. */
    @Inject
    ExportReader(@All List<ReadableCollection<?, ?>> collections) {
        this.sections = collections.stream()
                .flatMap(collection -> collection.exported().stream())
                .sorted(Comparator.comparingInt(ExportSection::position))
                .toList();
    }

    /** Starts the read of the data now, or as it was at a past version ({@link DataHistory}); its version. */
    private long begin(OptionalLong at) {
        if (at.isEmpty()) {
            return ConsistentRead.begin(em);
        }
        ConsistentRead.beginPast(em);
        DataHistory.shadow(em, at.getAsLong());
        return at.getAsLong();
    }

    /**
     * The current data-set version, read on its own: enough to answer a conditional request with 304. It is the
     * cursor of the latest change in the audit log, 0 before the first write.
     */
    public long version() {
        return ConsistentRead.dataVersion(em);
    }

    /**
     * Every policy that is not deleted, with its benefits that are not deleted: now, or as they were at a past data
     * version.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Snapshot<List<PolicyExport>> policies(OptionalLong at) {
        long version = begin(at);
        return new Snapshot<>(version, PolicyExport.read(em, false));
    }

    /**
     * The whole data set: the occupation, and each exported collection's section, as its declaration reads it; now,
     * or as it was at a past data version.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Snapshot<DatasetExport> dataset(OptionalLong at) {
        long version = begin(at);
        Map<String, List<?>> read = new LinkedHashMap<>();
        // In the sections' order: the sources and regions first, so that every reference to them below resolves
        // without a query of its own.
        for (ExportSection<?> section : sections) {
            read.put(section.name(), section.read().apply(em));
        }
        OccupationExport occupation = em.createQuery(
                        "select o from Occupation o left join fetch o.statements where o.code = :code",
                        Occupation.class)
                .setParameter("code", Occupation.AI_TRAINER)
                .getResultStream()
                .findFirst()
                .map(o -> {
                    Occupation.fetchClassification(o);
                    return OccupationExport.from(o);
                })
                .orElse(null);
        return new Snapshot<>(version, new DatasetExport(Long.toString(version), occupation, read));
    }
}
