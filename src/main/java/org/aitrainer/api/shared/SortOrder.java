package org.aitrainer.api.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A validated {@code sort} parameter, rendered as a JPQL order-by clause from an allow-list. */
public record SortOrder(List<Key> keys, Fields fields) {

    public record Key(String field, boolean descending) {}

    /**
     * The fields a collection may be sorted by, each with its JPQL expression, the default order, and a unique
     * tie-breaker that keeps pages stable.
     */
    public record Fields(Map<String, String> expressions, String defaultSort, String tieBreaker) {

        public static Builder builder() {
            return new Builder();
        }

        public List<String> names() {
            return List.copyOf(expressions.keySet());
        }

        /** The default order; with no default sort, the tie-breaker alone (the order of the sources). */
        public SortOrder defaultOrder() {
            return defaultSort == null ? new SortOrder(List.of(), this) : new QueryParameters().sort(defaultSort, this);
        }

        public String description() {
            return "Comma-separated fields, each optionally prefixed by - for descending order. Allowed: "
                    + String.join(", ", names()) + ". Default: " + defaultSort + ".";
        }

        public static final class Builder {
            private final Map<String, String> expressions = new LinkedHashMap<>();

            public Builder field(String name, String expression) {
                expressions.put(name, expression);
                return this;
            }

            public Fields build(String defaultSort, String tieBreaker) {
                return new Fields(Collections.unmodifiableMap(new LinkedHashMap<>(expressions)), defaultSort,
                        tieBreaker);
            }
        }
    }

    /**
     * The order-by clause, without the {@code order by} keywords, nulls last in either direction. Expressions may
     * name {@code {lang}} to sort localized texts in the response language.
     */
    public String jpql(Language language) {
        String suffix = language == Language.EN ? "en" : "zh";
        String clause = keys.stream()
                .map(key -> fields.expressions().get(key.field()) + (key.descending() ? " desc" : " asc") + " nulls last")
                .collect(Collectors.joining(", "));
        String full = clause.isEmpty() ? fields.tieBreaker() : clause + ", " + fields.tieBreaker();
        return full.replace("{lang}", suffix);
    }

    @Override
    public String toString() {
        return keys.stream().map(k -> (k.descending() ? "-" : "") + k.field()).collect(Collectors.joining(","));
    }
}
