package org.aitrainer.api.http.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The envelope of every collection: one page of items and where it sits. */
public record Page<T>(
        @Schema(description = "The items of this page, in the requested order.")
        List<T> items,

        @Schema(description = "Where this page sits in the whole collection.")
        PageInfo page) {

    @Schema(name = "PageInfo", description = "Pagination of a collection; the Link header has the neighbouring pages.")
    public record PageInfo(
            @Schema(description = "This page's number, from 1.", examples = "1")
            int number,

            @Schema(description = "The requested page size.", examples = "20")
            int size,

            @Schema(description = "Items in the whole filtered collection.", examples = "5")
            long totalItems,

            @Schema(description = "Pages in the whole filtered collection; 0 when it is empty.", examples = "1")
            int totalPages) {}

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(List.copyOf(items), new PageInfo(request.number(), request.size(), totalItems, totalPages));
    }

    /** One page of a list that is already complete in memory. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return of(all.subList(from, to), request, all.size());
    }

    /**
     * One page of the items that match, in the given order, or in the list's own order when it is null; the total
     * counts every match. Only the page's items are kept when the list's own order serves.
     */
    public static <T> Page<T> select(
            List<T> all, Predicate<? super T> matches, Comparator<? super T> order, PageRequest request) {
        if (order != null) {
            List<T> found = new ArrayList<>();
            for (T item : all) {
                if (matches.test(item)) {
                    found.add(item);
                }
            }
            found.sort(order);
            return slice(found, request);
        }
        long from = request.offset();
        long to = from + request.size();
        List<T> items = new ArrayList<>(Math.min(request.size(), all.size()));
        long total = 0;
        for (T item : all) {
            if (matches.test(item)) {
                if (total >= from && total < to) {
                    items.add(item);
                }
                total++;
            }
        }
        return of(items, request, total);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page);
    }
}
