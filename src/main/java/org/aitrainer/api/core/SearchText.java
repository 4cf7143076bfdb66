package org.aitrainer.api.core;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The texts a {@code q} filter looks in, folded to lower case once, when the snapshot is built. A line break keeps
 * two texts apart: a search text has no control characters (QueryParameters), so it never matches across them.
 */
public record SearchText(String folded) {

    public static SearchText of(String... texts) {
        return new SearchText(
                Stream.of(texts).filter(Objects::nonNull).map(SearchText::fold).collect(Collectors.joining("\n")));
    }

    /** A search text as {@link #contains} expects it. */
    public static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** True when the folded query occurs in any of the texts. */
    public boolean contains(String foldedQuery) {
        return folded.contains(foldedQuery);
    }
}
