package org.aitrainer.api.shared;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Strong entity tags of single resources: the stored version of the resource and the language of the
 * representation. {@code If-Match} compares versions, whatever language the client read the resource in.
 */
public final class ETags {

    private ETags() {}

    public static String of(long version, Language language) {
        return "\"" + version + "-" + language.tag() + "\"";
    }

    /** A 200 with the representation's ETag. */
    public static <T> RestResponse<T> ok(T body, long version, Language language) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, of(version, language)).build();
    }

    /**
     * Checks a write's {@code If-Match} header against the resource's current version: 428 when it is missing, 412
     * when no tag in it is current. Weak tags never match (RFC 9110 uses strong comparison for If-Match).
     */
    public static void requireCurrent(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionException(428, "Precondition Required",
                    "This write needs an If-Match header with the resource's current ETag; GET the resource first");
        }
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*")) {
                return;
            }
            if (candidate.length() > 2 && candidate.startsWith("\"") && candidate.endsWith("\"")) {
                String opaque = candidate.substring(1, candidate.length() - 1);
                int dash = opaque.indexOf('-');
                if (dash > 0 && opaque.substring(0, dash).equals(Long.toString(version))) {
                    return;
                }
            }
        }
        throw new PreconditionException(412, "Precondition Failed",
                "The resource has changed since the ETag in If-Match was read; GET it again and retry");
    }
}
