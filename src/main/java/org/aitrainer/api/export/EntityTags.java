package org.aitrainer.api.export;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The If-None-Match precondition (RFC 9110, section 13.1.2) for a resource that has one current entity tag. */
final class EntityTags {

    /** One element of the list, an entity tag (weak or strong) or nothing, with its separator. */
    private static final Pattern ENTRY = Pattern.compile("[ \\t]*(?:(?:W/)?\"([^\"]*)\")?[ \\t]*(?:,|$)");

    private EntityTags() {}

    /** A strong entity tag: the opaque tag in double quotes. */
    static String strong(String opaqueTag) {
        return "\"" + opaqueTag + "\"";
    }

    /**
     * True when the If-None-Match field lines name the current tag, or are "*": the client's copy is current. Tags
     * are compared weakly, as the RFC asks for this header. A malformed field is ignored: the full response is sent.
     */
    static boolean noneMatchFails(List<String> ifNoneMatch, String opaqueTag) {
        if (ifNoneMatch == null || ifNoneMatch.isEmpty()) {
            return false;
        }
        String value = String.join(",", ifNoneMatch).strip();
        if (value.equals("*")) {
            return true;
        }
        Matcher entry = ENTRY.matcher(value);
        boolean found = false;
        int position = 0;
        while (position < value.length()) {
            entry.region(position, value.length());
            if (!entry.lookingAt()) {
                return false;
            }
            found |= opaqueTag.equals(entry.group(1));
            position = entry.end();
        }
        return found;
    }
}
