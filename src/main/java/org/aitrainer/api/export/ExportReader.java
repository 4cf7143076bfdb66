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
import org.aitrainer.api.occupation.Occupation;
import org.aitrainer.api.policy.PolicyExport;
import org.aitrainer.api.snapshot.ConsistentRead;
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

    /**
     * The current data-set version, read on its own: enough to answer a conditional request with 304. It is the
     * cursor of the latest change in the audit log, 0 before the first write.
     */
    public long version() {
        return ConsistentRead.dataVersion(em);
    }

    /** Every policy that is not deleted, with its benefits that are not deleted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Snapshot<List<PolicyExport>> policies() {
        long version = ConsistentRead.begin(em);
        return new Snapshot<>(version, PolicyExport.read(em, false));
    }

    /** The whole data set: the occupation, and each exported collection's section, as its declaration reads it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Snapshot<DatasetExport> dataset() {
        long version = ConsistentRead.begin(em);
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
