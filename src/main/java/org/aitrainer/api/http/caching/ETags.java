package org.aitrainer.api.http.caching;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aitrainer.api.http.problem.PreconditionException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Strong entity tags (RFC 9110, section 8.8.3). {@link HttpCaching} gives every successful read a tag derived from
 * the representation's bytes. A writable resource's tag starts with its stored version ({@code "7-…"}), so that
 * {@code If-Match} can compare versions, whatever language the client read the resource in.
 */
public final class ETags {

    /** One element of an If-None-Match list, an entity tag (weak or strong) or nothing, with its separator. */
    private static final Pattern ENTRY = Pattern.compile("[ \\t]*(?:(?:W/)?\"([^\"]*)\")?[ \\t]*(?:,|$)");

    /** What a writable resource's tag looks like, for the API documentation. */
    public static final String EXAMPLE = "\"3-q1ZKv0xVdGgW2o2kG6m5Gg\"";

    private ETags() {}

    /** A strong entity tag: the opaque tag in double quotes. */
    public static String strong(String opaqueTag) {
        return "\"" + opaqueTag + "\"";
    }

    /** The tag of a resource's stored version; HttpCaching completes it with the digest of the representation. */
    public static String of(long version) {
        return strong(Long.toString(version));
    }

    /** A 200 whose ETag starts with the resource's version. */
    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body)
                .header(HttpHeaders.ETAG, of(version))
                .build();
    }

    /**
     * Checks a write's {@code If-Match} header against the resource's current version: 428 when it is missing, 412
     * when no tag in it is current. Weak tags never match (RFC 9110 uses strong comparison for If-Match).
     */
    public static void requireCurrent(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionException(
                    428,
                    "Precondition Required",
                    "This write needs an If-Match header with the resource's current ETag; GET the resource first");
        }
        String current = Long.toString(version);
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*")) {
                return;
            }
            if (candidate.length() > 2 && candidate.startsWith("\"") && candidate.endsWith("\"")) {
                String opaque = candidate.substring(1, candidate.length() - 1);
                int dash = opaque.indexOf('-');
                if ((dash < 0 ? opaque : opaque.substring(0, dash)).equals(current)) {
                    return;
                }
            }
        }
        throw new PreconditionException(
                412,
                "Precondition Failed",
                "The resource has changed since the ETag in If-Match was read; GET it again and retry");
    }

    /**
     * True when the If-None-Match field lines name the current tag, or are "*": the client's copy is current. Tags
     * are compared weakly, as the RFC asks for this header. A malformed field is ignored: the full response is sent.
     */
    public static boolean noneMatchFails(List<String> ifNoneMatch, String opaqueTag) {
        if (ifNoneMatch == null || ifNoneMatch.isEmpty()) {
            return false;
        }
        return noneMatchFails(ifNoneMatch.size() == 1 ? ifNoneMatch.get(0) : String.join(",", ifNoneMatch), opaqueTag);
    }

    /** {@link #noneMatchFails(List, String)} for one field value. */
    public static boolean noneMatchFails(String ifNoneMatch, String opaqueTag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String value = ifNoneMatch.strip();
        if (value.equals("*")) {
            return true;
        }
        if (value.length() > 8192) {
            return false;
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
