package org.aitrainer.api.http.query;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Answers a collection with its {@code Link} header (RFC 8288): first, prev, next and last pages. */
public final class PageLinks {

    private PageLinks() {}

    public static <P> RestResponse<P> ok(P body, Page.PageInfo page, UriInfo uri) {
        return RestResponse.ResponseBuilder.ok(body)
                .header("Link", header(page, uri.getRequestUri()))
                .build();
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
        return ok(page, page.page(), uri);
    }

    /**
     * The links, each the request's own absolute URI with its {@code page} parameters replaced by one at the end.
     * Built as text from the URI's raw parts, so that what the client sent stays encoded as it was.
     */
    static String header(Page.PageInfo page, URI request) {
        int last = Math.max(page.totalPages(), 1);
        String prefix = withoutPage(request);
        StringBuilder links = new StringBuilder(4 * (prefix.length() + 24));
        link(links, prefix, 1, "first");
        if (page.number() > 1) {
            link(links, prefix, Math.min(page.number() - 1, last), "prev");
        }
        if (page.number() < last) {
            link(links, prefix, page.number() + 1, "next");
        }
        link(links, prefix, last, "last");
        return links.toString();
    }

    /** The absolute URI up to where {@code page=N} goes: the query without page parameters, then ? or &. */
    private static String withoutPage(URI request) {
        StringBuilder prefix = new StringBuilder(128)
                .append(request.getScheme())
                .append("://")
                .append(request.getRawAuthority())
                .append(request.getRawPath())
                .append('?');
        String query = request.getRawQuery();
        if (query != null) {
            int start = 0;
            while (start <= query.length()) {
                int end = query.indexOf('&', start);
                if (end < 0) {
                    end = query.length();
                }
                if (end > start && !isPage(query, start, end)) {
                    prefix.append(query, start, end).append('&');
                }
                start = end + 1;
            }
        }
        return prefix.toString();
    }

    private static boolean isPage(String query, int start, int end) {
        int nameEnd = query.indexOf('=', start);
        if (nameEnd < 0 || nameEnd > end) {
            nameEnd = end;
        }
        return nameEnd - start == 4 && query.startsWith("page", start);
    }

    private static void link(StringBuilder links, String prefix, int number, String rel) {
        if (!links.isEmpty()) {
            links.append(", ");
        }
        links.append('<')
                .append(prefix)
                .append("page=")
                .append(number)
                .append(">; rel=\"")
                .append(rel)
                .append('"');
    }
}
