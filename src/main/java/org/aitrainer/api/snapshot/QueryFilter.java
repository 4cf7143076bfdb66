package org.aitrainer.api.snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.aitrainer.api.core.Reference;
import org.aitrainer.api.http.query.QueryParameters;

/**
 * One query parameter of a collection: its name, its type and words for the API reference ({@link Documented}),
 * and what it keeps of the collection's entries once read. The factories name the types the API takes; each reads
 * its value through {@link QueryParameters}, which rejects an invalid one with the same words everywhere.
 *
 * @param <T> the entries it selects among
 */
public final class QueryFilter<T> {

    /** A region's GB/T 2260 code, or CN for the nation. */
    public static final String REGION_PATTERN = "^(CN|[1-9][0-9]{5})$";

    /**
     * A query parameter as the API reference shows it.
     *
     * @param name the parameter's name
     * @param description what it does
     * @param example an example value, of the parameter's type; null for none
     * @param type the JSON type of its value: {@code integer} or {@code string}
     * @param format the format of a string, such as {@code date}; null for none
     * @param minimum the least integer; null for none
     * @param maximum the greatest integer; null for none
     * @param pattern the pattern a string matches; null for none
     * @param schema the named schema of its value (an enum's), instead of a type; null for none
     */
    public record Documented(
            String name,
            String description,
            Object example,
            String type,
            String format,
            Integer minimum,
            Integer maximum,
            String pattern,
            String schema) {

        /** A skill level, 1 to 5. */
        public static Documented level(String name, String description, int example) {
            return new Documented(name, description, example, "integer", null, 1, 5, null, null);
        }

        /** A parameter whose value is text of no particular form. */
        public static Documented string(String name, String description, String example) {
            return new Documented(name, description, example, "string", null, null, null, null, null);
        }
    }

    /**
     * What a filter keeps of a collection, once its value is read.
     *
     * @param among the entries to choose from instead of the whole collection (an index's), or null
     * @param keep which of them to keep
     */
    public record Kept<T>(List<T> among, Predicate<? super T> keep) {}

    /** Reads a filter's value and says what it keeps; null when the parameter is absent or invalid. */
    @FunctionalInterface
    interface Reader<T> {
        Kept<T> read(QueryParameters parameters, ReadSnapshot snapshot);
    }

    private final Documented documented;
    private final Reader<T> reader;

    private QueryFilter(Documented documented, Reader<T> reader) {
        this.documented = documented;
        this.reader = reader;
    }

    public Documented documented() {
        return documented;
    }

    Kept<T> read(QueryParameters parameters, ReadSnapshot snapshot) {
        return reader.read(parameters, snapshot);
    }

    /** A skill level, 1 to 5. */
    public static <T> QueryFilter<T> level(
            String name, String description, int example, BiPredicate<? super T, Integer> keeps) {
        return new QueryFilter<>(
                Documented.level(name, description, example),
                (parameters, snapshot) -> kept(parameters.level(name), keeps));
    }

    /** One constant of an enum, documented by the enum's schema. */
    public static <T, E extends Enum<E>> QueryFilter<T> oneOf(
            String name, Class<E> type, String description, BiPredicate<? super T, E> keeps) {
        return new QueryFilter<>(
                new Documented(name, description, null, null, null, null, null, null, type.getSimpleName()),
                (parameters, snapshot) -> kept(parameters.oneOf(name, type), keeps));
    }

    /** A date, YYYY-MM-DD. */
    public static <T> QueryFilter<T> date(
            String name, String description, String example, BiPredicate<? super T, LocalDate> keeps) {
        return new QueryFilter<>(
                new Documented(name, description, example, "string", "date", null, null, null, null),
                (parameters, snapshot) -> kept(parameters.date(name), keeps));
    }

    /** Text to search for, folded as the entries' search texts are. */
    public static <T> QueryFilter<T> text(
            String name, String description, String example, BiPredicate<? super T, String> keeps) {
        return new QueryFilter<>(
                Documented.string(name, description, example),
                (parameters, snapshot) -> kept(parameters.searchText(name), keeps));
    }

    /** The id (slug) of a record the snapshot knows; an unknown one is rejected. */
    public static <T> QueryFilter<T> known(
            String name,
            String description,
            Function<ReadSnapshot, Reference<String, String>> records,
            BiPredicate<? super T, String> keeps) {
        return new QueryFilter<>(
                Documented.string(name, description, null),
                (parameters, snapshot) -> kept(parameters.knownSlug(name, records.apply(snapshot)), keeps));
    }

    /**
     * A region the snapshot knows, by its code; an unknown one is rejected. What it keeps is read from the region's
     * chain: its code first, then those of the regions enclosing it, up to the nation.
     */
    public static <T> QueryFilter<T> region(
            String name,
            String description,
            String example,
            Function<ReadSnapshot, Reference<String, List<String>>> regions,
            BiFunction<List<String>, ReadSnapshot, Kept<T>> keeps) {
        return new QueryFilter<>(
                new Documented(name, description, example, "string", null, null, null, REGION_PATTERN, null),
                (parameters, snapshot) -> {
                    List<String> chain = parameters.knownRegion(name, regions.apply(snapshot));
                    return chain == null ? null : keeps.apply(chain, snapshot);
                });
    }

    private static <T, A> Kept<T> kept(A value, BiPredicate<? super T, A> keeps) {
        return value == null ? null : new Kept<>(null, entry -> keeps.test(entry, value));
    }
}
