package org.aitrainer.api.source;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.problem.ConflictException;
import org.aitrainer.api.write.FieldChecks;
import org.aitrainer.api.write.Write;
import org.aitrainer.api.write.WriteRules;

/**
 * What a source's writes must respect. Its id never changes. A source is deleted for good, and only while nothing
 * cites it.
 */
@Published("Snapshot parts that show sources rebuild on its changes (TYPE).")
@ApplicationScoped
public class SourceRules extends WriteRules<String, SourceInput, Source> {

    /** A source's type in the change feed. */
    public static final String TYPE = "source";

    SourceRules() {
        super(TYPE, source -> source.slug, source -> source.version, SourceInput::from);
        identifiedBy("id", SourceInput::id, slug -> Source.count("slug", slug) > 0);
    }

    @Override
    public Source find(String slug) {
        return Source.findBySlug(slug).orElseThrow(() -> new ResourceNotFoundException("source", slug));
    }

    @Override
    protected Source newRecord(SourceInput input) {
        return new Source(input.id());
    }

    /**
     * A hard delete, refused while any record cites the source, deleted records included: the history must still
     * name its sources.
     */
    @Override
    public void delete(Source source, Write write) {
        List<Citations> citations = citations(source);
        if (!citations.isEmpty()) {
            throw new ConflictException(
                    "The source '" + source.slug + "' is still cited by "
                            + citations.stream().map(Citations::describe).collect(Collectors.joining(", "))
                            + ", deleted ones included (the history keeps them); cite another source there first",
                    null);
        }
        source.delete();
    }

    @Override
    protected void apply(Source source, SourceInput input, Write write) {
        new FieldChecks()
                .notAfter("publishedOn", input.publishedOn(), "accessedOn", input.accessedOn())
                .validate();
        source.title = input.title().toLocalized();
        source.publisher = input.publisher() == null ? null : input.publisher().toLocalized();
        source.url = input.url();
        source.publishedOn = input.publishedOn();
        source.accessedOn = input.accessedOn();
        source.note = input.note() == null ? null : input.note().toLocalized();
    }

    /** How many rows of one table cite a source. */
    private record Citations(String table, long rows) {
        String describe() {
            return rows + " " + table.replace('_', ' ') + (rows == 1 ? " record" : " records");
        }
    }

    /**
     * The rows that cite the source, table by table: every table with a source_id column, read from the catalog so
     * that a table added later is checked too. Native SQL, so soft-deleted rows count.
     */
    private List<Citations> citations(Source source) {
        @SuppressWarnings("unchecked")
        List<String> tables = em.createNativeQuery("""
                        select c.table_name from information_schema.columns c
                        join information_schema.tables t
                          on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and c.column_name = 'source_id'
                          and t.table_type = 'BASE TABLE'
                        order by c.table_name""", String.class).getResultList();
        if (tables.isEmpty()) {
            return List.of();
        }
        String counts = tables.stream()
                .map(table -> "select cast('" + table.replace("'", "''") + "' as text), count(*) from \""
                        + table.replace("\"", "\"\"") + "\" where source_id = :id")
                .collect(Collectors.joining(" union all "));
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(counts).setParameter("id", source.id).getResultList();
        return rows.stream()
                .map(row -> new Citations((String) row[0], ((Number) row[1]).longValue()))
                .filter(citation -> citation.rows() > 0)
                .toList();
    }
}
