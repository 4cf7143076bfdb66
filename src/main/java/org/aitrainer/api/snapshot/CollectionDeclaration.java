package org.aitrainer.api.snapshot;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.aitrainer.api.http.ApiLink;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.http.query.Selection;
import org.aitrainer.api.http.query.SortOrder;

/**
 * A collection of the API, declared once in its feature package as a constant: its path, its link in the index, the
 * entries it lists from the read snapshot, its filters (each with its type, its words and what it keeps), its sort
 * fields, the reads a warm-up makes of it, its section of the data-set export, and the GET of each of its records.
 *
 * <p>Its resource ({@link ReadableCollection}) serves it at that path and selects with it; the API reference's
 * parameters of its GET ({@code http/openapi/CollectionParameters}), the index, the warm-up and the export's section
 * ({@link ExportSection}) are derived from it.
 * A test fails when a feature package holds a collection that is not declared, or a declaration nothing serves.
 *
 * @param <T> the snapshot's entries it lists
 */
public final class CollectionDeclaration<T> {

    /** What every sort parameter accepts; each names its own fields and default. */
    private static final String SORT_RULE =
            "Comma-separated fields, each optionally prefixed by - for descending order. ";

    private final String path;
    private final Operation operation;
    private final ApiLink link;
    private final Function<ReadSnapshot, List<T>> entries;
    private final List<QueryFilter<T>> filters;
    private final int sortAt;
    private final SortOrder.Fields<T> sort;
    private final QueryFilter.Documented sortParameter;
    private final List<String> warmUp;
    private final ExportSection<?> exported;
    private final Record record;

    /**
     * The GET of the collection as the API reference names and describes it.
     *
     * @param id its operation id, such as {@code listLevels}
     * @param summary what it does, in a few words
     * @param description what it answers, in full
     */
    public record Operation(String id, String summary, String description) {}

    /**
     * The GET of each record of the collection, at the collection's path and one path parameter, as the API reference
     * names and describes it. The parameter's words hold for every method of the record's path; its example is
     * shown on the GET.
     *
     * @param operation its operation id, summary and description
     * @param parameter the path parameter that carries the record's id
     */
    public record Record(Operation operation, QueryFilter.Documented parameter) {}

    private CollectionDeclaration(Builder<T> builder) {
        this.path = builder.path;
        this.operation = Objects.requireNonNull(builder.operation, "described");
        this.link = new ApiLink(builder.position, builder.rel, builder.path, builder.chinese, builder.english);
        this.entries = Objects.requireNonNull(builder.entries, "entries");
        this.filters = List.copyOf(builder.filters);
        this.sortAt = builder.sortAt;
        this.sort = Objects.requireNonNull(builder.sort, "sort");
        this.sortParameter = builder.sortParameter;
        this.warmUp = builder.warmUp.stream()
                .map(query -> query.isEmpty() ? path : path + "?" + query)
                .toList();
        this.exported = builder.exported;
        this.record = builder.record;
    }

    /** A collection at a path, such as {@code /api/v1/levels}. */
    public static <T> Builder<T> at(String path) {
        return new Builder<>(path);
    }

    public String path() {
        return path;
    }

    public Operation operation() {
        return operation;
    }

    public ApiLink link() {
        return link;
    }

    /** The reads a warm-up makes: the collection, then each query declared for it. */
    public List<String> warmUp() {
        return warmUp;
    }

    /** The GET of each of its records, if its records are served one by one. */
    public Optional<Record> record() {
        return Optional.ofNullable(record);
    }

    /** The path of one of its records, such as {@code /api/v1/duties/{slug}}; only for a collection with {@link #record}. */
    public String recordPath() {
        return path + "/{" + record().orElseThrow().parameter().name() + "}";
    }

    /** Its section of the data-set export, if it has one. */
    public Optional<ExportSection<?>> exported() {
        return Optional.ofNullable(exported);
    }

    /** Its query parameters as the API reference shows them, the sort's included, in the order they are read. */
    public List<QueryFilter.Documented> parameters() {
        List<QueryFilter.Documented> parameters = new ArrayList<>(filters.size() + 1);
        filters.forEach(filter -> parameters.add(filter.documented()));
        parameters.add(sortAt, sortParameter);
        return parameters;
    }

    /**
     * What a request's parameters select from a snapshot: the entries every filter keeps, in the requested order.
     * The parameters are read in the order declared, the sort among them where it was declared, so that one 400
     * names every invalid parameter in that order.
     */
    public Selection<T> select(QueryParameters parameters, ReadSnapshot snapshot) {
        List<T> among = null;
        List<Predicate<? super T>> keep = new ArrayList<>(filters.size());
        SortOrder<T> order = null;
        for (int i = 0; i <= filters.size(); i++) {
            if (i == sortAt) {
                order = parameters.sort(sort);
            }
            QueryFilter.Kept<T> kept = i < filters.size() ? filters.get(i).read(parameters, snapshot) : null;
            if (kept != null) {
                if (kept.among() != null) {
                    among = kept.among();
                }
                if (kept.keep() != null) {
                    keep.add(kept.keep());
                }
            }
        }
        return new Selection<>(among == null ? entries.apply(snapshot) : among, all(keep), order);
    }

    private static <T> Predicate<? super T> all(List<Predicate<? super T>> keep) {
        return switch (keep.size()) {
            case 0 -> entry -> true;
            case 1 -> keep.get(0);
            default -> {
                @SuppressWarnings("unchecked")
                Predicate<? super T>[] each = keep.toArray(Predicate[]::new);
                yield entry -> {
                    for (Predicate<? super T> p : each) {
                        if (!p.test(entry)) {
                            return false;
                        }
                    }
                    return true;
                };
            }
        };
    }

    /** Builds a declaration; {@link #sort} is required, and the filters are read in the order they are added. */
    public static final class Builder<T> {

        private final String path;
        private Operation operation;
        private int position;
        private String rel;
        private String chinese;
        private String english;
        private Function<ReadSnapshot, List<T>> entries;
        private final List<QueryFilter<T>> filters = new ArrayList<>();
        private int sortAt;
        private SortOrder.Fields<T> sort;
        private QueryFilter.Documented sortParameter;
        private final List<String> warmUp = new ArrayList<>(List.of(""));
        private ExportSection<?> exported;
        private Record record;

        private Builder(String path) {
            this.path = path;
        }

        /** Its GET as the API reference names and describes it: operation id, summary and description. */
        public Builder<T> described(String id, String summary, String description) {
            this.operation = new Operation(id, summary, description);
            return this;
        }

        /** Its link in the index: where it stands, its relation name and its titles. */
        public Builder<T> linked(int position, String rel, String chinese, String english) {
            this.position = position;
            this.rel = rel;
            this.chinese = chinese;
            this.english = english;
            return this;
        }

        /** Every entry it lists, in their stored order, as a snapshot holds them. */
        public Builder<T> listing(Function<ReadSnapshot, List<T>> entries) {
            this.entries = entries;
            return this;
        }

        public Builder<T> filter(QueryFilter<T> filter) {
            filters.add(filter);
            return this;
        }

        /**
         * Its sort fields, read at this point among the filters.
         *
         * @param fields the fields a request may sort by, and the default order
         * @param example an example value
         * @param byDefault what the order is without the parameter, in words
         */
        public Builder<T> sort(SortOrder.Fields<T> fields, String example, String byDefault) {
            this.sort = fields;
            this.sortParameter = QueryFilter.Documented.string(
                    QueryParameters.SORT,
                    SORT_RULE + "Allowed: " + String.join(", ", fields.names()) + ". Default: " + byDefault + ".",
                    example);
            this.sortAt = filters.size();
            return this;
        }

        /**
         * The GET of each of its records, at the collection's path and the parameter given.
         *
         * @param id its operation id, such as {@code getDuty}
         * @param summary what it does, in a few words
         * @param description what it answers, in full
         * @param parameter the path parameter that carries the id: its name, words and example
         */
        public Builder<T> record(String id, String summary, String description, QueryFilter.Documented parameter) {
            this.record = new Record(new Operation(id, summary, description), parameter);
            return this;
        }

        /**
         * Its section of the data-set export; a collection without one is not exported.
         *
         * @param position where the section stands among the others
         * @param name the section's property, such as {@code salaryRanges}
         * @param description what the section holds, for the API reference
         * @param items the type of its items, a record with its own {@code @Schema}
         * @param read its items, in the order the export lists them, read with the export's entity manager
         */
        public <X> Builder<T> exported(
                int position, String name, String description, Class<X> items, Function<EntityManager, List<X>> read) {
            this.exported = new ExportSection<>(position, name, description, items, read);
            return this;
        }

        /** A query a warm-up reads besides the bare collection, such as {@code level=3}. */
        public Builder<T> warmUp(String query) {
            warmUp.add(query);
            return this;
        }

        public CollectionDeclaration<T> build() {
            if (rel == null) {
                throw new IllegalStateException(path + " has no link in the index");
            }
            return new CollectionDeclaration<>(this);
        }
    }
}
