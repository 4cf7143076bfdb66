package org.aitrainer.api.http.query;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a collection's own query parameters ask for: the items to choose from, which of them to keep and in what
 * order. A collection's query reads it from {@link QueryParameters}, which has rejected every invalid parameter
 * by then; {@link Listing} pages it.
 */
public record Selection<T>(List<T> items, Predicate<? super T> keep, SortOrder<T> order) {}
