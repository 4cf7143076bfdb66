package org.aitrainer.api.snapshot;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A collection's section of the data-set export ({@code GET /api/v1/export/dataset.json}), declared with the
 * collection ({@link CollectionDeclaration#exported}): the section's name and words, its place among the sections, the
 * type of its items (a record with its own {@code @Schema}, both languages in each text), and how they are read from
 * the database inside the export's consistent read. The export and its schema in the API reference are built from
 * these sections, in the order of their positions.
 *
 * @param position where the section stands in the document, after the version and the occupation; sections whose
 *     items others refer to stand first, so that those references are read without a query of their own
 * @param name the section's property, such as {@code salaryRanges}
 * @param description what the section holds, for the API reference
 * @param items the type of its items
 * @param read its items, in the order the export lists them, read with the export's entity manager
 * @param <X> the type of its items
 */
public record ExportSection<X>(
        int position, String name, String description, Class<X> items, Function<EntityManager, List<X>> read) {

    public ExportSection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(read, "read");
    }
}
