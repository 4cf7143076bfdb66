package org.aitrainer.api.http.query;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aitrainer.api.core.Language;

/**
 * A validated {@code sort} parameter over a collection held in memory: the requested fields from an allow-list,
 * each ascending or descending, nulls last either way, ties kept in the collection's own order.
 */
public record SortOrder<T>(List<Key> keys, Fields<T> fields) {

    public record Key(String field, boolean descending) {}

    /** How one field of an item is compared; localized fields compare the text of the response language. */
    @FunctionalInterface
    public interface SortKey<T> {
        Comparable<?> of(T item, Language language);
    }

    /**
     * The fields a collection may be sorted by and its default order. The collection is kept in that default order,
     * ties broken by a unique key, so that the default needs no sorting and every page is stable.
     */
    public static final class Fields<T> {

        private final Map<String, SortKey<T>> keys;
        private final List<String> names;
        private final String defaultSort;
        private final Comparator<T> tieBreaker;
        private final SortOrder<T> defaultOrder;

        private Fields(Map<String, SortKey<T>> keys, String defaultSort, Comparator<T> tieBreaker) {
            this.keys = keys;
            this.names = List.copyOf(keys.keySet());
            this.defaultSort = defaultSort;
            this.tieBreaker = tieBreaker;
            this.defaultOrder = defaultSort == null
                    ? new SortOrder<>(List.of(), this)
                    : new QueryParameters().sort(defaultSort, this);
            if (defaultOrder == null) {
                throw new IllegalArgumentException(
                        "The default sort names fields not in " + names + ": " + defaultSort);
            }
        }

        public static <T> Builder<T> builder() {
            return new Builder<>();
        }

        public Map<String, SortKey<T>> keys() {
            return keys;
        }

        public List<String> names() {
            return names;
        }

        public String defaultSort() {
            return defaultSort;
        }

        public Comparator<T> tieBreaker() {
            return tieBreaker;
        }

        /** The order of a request without {@code sort}, parsed once. */
        public SortOrder<T> defaultOrder() {
            return defaultOrder;
        }

        public static final class Builder<T> {
            private final Map<String, SortKey<T>> keys = new LinkedHashMap<>();

            public Builder<T> field(String name, SortKey<T> key) {
                keys.put(name, key);
                return this;
            }

            /** Fields whose ties keep the collection's own order. */
            public Fields<T> build(String defaultSort) {
                return build(defaultSort, null);
            }

            /** Fields whose ties are broken by a unique key of their own, when it differs from the stored order. */
            public Fields<T> build(String defaultSort, Comparator<T> tieBreaker) {
                return new Fields<>(Collections.unmodifiableMap(new LinkedHashMap<>(keys)), defaultSort, tieBreaker);
            }
        }
    }

    /** True when the collection's own order answers this sort: the default, or no sort at all. */
    public boolean isStoredOrder() {
        return keys.isEmpty() || keys.equals(fields.defaultOrder().keys());
    }

    /** The comparator of this order; null when the collection's own order answers it. */
    public Comparator<T> comparator(Language language) {
        if (isStoredOrder()) {
            return null;
        }
        Comparator<T> order = null;
        for (Key key : keys) {
            SortKey<T> field = fields.keys().get(key.field());
            Comparator<Comparable<Object>> values =
                    key.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
            @SuppressWarnings("unchecked")
            Comparator<T> next = Comparator.comparing(
                    item -> (Comparable<Object>) field.of(item, language), Comparator.nullsLast(values));
            order = order == null ? next : order.thenComparing(next);
        }
        return fields.tieBreaker() == null ? order : order.thenComparing(fields.tieBreaker());
    }

    @Override
    public String toString() {
        return keys.stream().map(k -> (k.descending() ? "-" : "") + k.field()).collect(Collectors.joining(","));
    }
}
