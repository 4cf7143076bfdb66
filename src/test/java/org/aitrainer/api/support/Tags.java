package org.aitrainer.api.support;

import static org.hamcrest.Matchers.matchesPattern;

import org.hamcrest.Matcher;

/** What entity tags look like: the resource's version, if it has one, then a digest of the representation. */
public final class Tags {

    private static final String DIGEST = "[A-Za-z0-9_-]{22}";

    private Tags() {}

    /** The tag of a writable resource at the given version. */
    public static Matcher<String> ofVersion(long version) {
        return matchesPattern("\"" + version + "-" + DIGEST + "\"");
    }

    /** The tag of a representation with no version of its own. */
    public static Matcher<String> digest() {
        return matchesPattern("\"" + DIGEST + "\"");
    }
}
