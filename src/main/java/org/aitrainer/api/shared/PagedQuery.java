package org.aitrainer.api.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL query for one page of a filtered, sorted collection, and the count of the whole collection. Filters are
 * added as conditions with named parameters, never by concatenating request text.
 */
public final class PagedQuery<E> {

    private final Class<E> type;
    private final String select;
    private final String count;
    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /**
     * @param select the select clause with its fetch joins, e.g. {@code select p from Policy p join fetch p.source}
     * @param count  the matching count clause, e.g. {@code select count(p) from Policy p}
     */
    public PagedQuery(Class<E> type, String select, String count) {
        this.type = type;
        this.select = select;
        this.count = count;
    }

    /** Adds a condition when its value is present; the condition refers to the value as {@code :name}. */
    public PagedQuery<E> where(String condition, String name, Object value) {
        if (value != null) {
            where(condition);
            parameters.put(name, value);
        }
        return this;
    }

    public PagedQuery<E> where(String condition) {
        where.append(where.isEmpty() ? " where " : " and ").append('(').append(condition).append(')');
        return this;
    }

    public PagedQuery<E> parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public Page<E> page(EntityManager em, SortOrder sort, Language language, PageRequest page) {
        TypedQuery<Long> total = em.createQuery(count + where, Long.class);
        parameters.forEach(total::setParameter);
        long totalItems = total.getSingleResult();
        if (totalItems == 0 || page.offset() >= totalItems) {
            return Page.of(List.of(), page, totalItems);
        }
        TypedQuery<E> items = em.createQuery(select + where + " order by " + sort.jpql(language), type);
        parameters.forEach(items::setParameter);
        items.setFirstResult(page.offset());
        items.setMaxResults(page.size());
        return Page.of(items.getResultList(), page, totalItems);
    }

    /** A LIKE pattern that matches the text anywhere, with the text's own wildcards escaped (escape character !). */
    public static String containing(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_") + "%";
    }
}
