package org.aitrainer.api.core;

import java.util.regex.Pattern;

/** Public ids of the form {@code data-annotator}: the same rule the database checks. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Slugs() {}

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= 80 && COMPILED.matcher(slug).matches();
    }
}
