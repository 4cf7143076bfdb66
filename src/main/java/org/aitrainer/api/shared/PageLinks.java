package org.aitrainer.api.shared;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** Answers a collection with its {@code Link} header (RFC 8288): first, prev, next and last pages. */
public final class PageLinks {

    private PageLinks() {}

    public static <P> RestResponse<P> ok(P body, Page.PageInfo page, UriInfo uri) {
        return RestResponse.ResponseBuilder.ok(body).header("Link", header(page, uri)).build();
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
        return ok(page, page.page(), uri);
    }

    static String header(Page.PageInfo page, UriInfo uri) {
        int last = Math.max(page.totalPages(), 1);
        List<String> links = new ArrayList<>(4);
        links.add(link(uri, 1, "first"));
        if (page.number() > 1) {
            links.add(link(uri, Math.min(page.number() - 1, last), "prev"));
        }
        if (page.number() < last) {
            links.add(link(uri, page.number() + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return String.join(", ", links);
    }

    private static String link(UriInfo uri, int number, String rel) {
        String target = uri.getRequestUriBuilder().replaceQueryParam("page", number).build().toString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
