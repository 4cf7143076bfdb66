package org.aitrainer.api.change;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import org.aitrainer.api.http.ApiLink;
import org.aitrainer.api.http.Linked;
import org.aitrainer.api.http.openapi.OpenApiDocumentation;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ChangeResource.PATH)
@Tag(name = ChangeResource.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource implements Linked {

    static final String PATH = "/api/v1/changes";

    static final String STREAM_PATH = PATH + "/stream";

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Changes";

    public static final String ABOUT =
            "Every committed write in commit order, for partners who keep a copy of the data in sync.";

    static final String LAST_EVENT_ID = "Last-Event-ID";

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Inject
    ChangeLog log;

    @Inject
    ChangeStream stream;

    @Inject
    RequestSnapshot snapshot;

    @GET
    @Extension(name = OpenApiDocumentation.REVALIDATED, value = "true")
    public RestResponse<ChangeFeed> list(@Context UriInfo uri) {
        QueryParameters parameters = QueryParameters.of(uri);
        String since = parameters.raw("since");
        String limit = parameters.raw("limit");
        long cursor = 0;
        if (since != null && !since.isBlank()) {
            Long given = cursor(since);
            if (given != null) {
                cursor = given;
            } else {
                parameters.reject("since", "must be a cursor returned by this feed (digits), or 0");
            }
        }
        Integer size = parameters.integer("limit", limit, 1, MAX_LIMIT, "must be an integer from 1 to " + MAX_LIMIT);
        parameters.validate();
        int batch = size == null ? DEFAULT_LIMIT : size;

        List<ChangeView> rows =
                log.after(cursor, batch + 1, snapshot.pinnedVersion().orElse(Long.MAX_VALUE));
        boolean hasMore = rows.size() > batch;
        List<ChangeView> items = rows.subList(0, Math.min(batch, rows.size()));
        String next = items.isEmpty()
                ? Long.toString(cursor)
                : items.get(items.size() - 1).cursor();
        RestResponse.ResponseBuilder<ChangeFeed> response = RestResponse.ResponseBuilder.ok(
                        new ChangeFeed(items, next, hasMore))
                .header(HttpHeaders.CONTENT_LANGUAGE, "zh-CN, en")
                // A partner polling the feed must see a new change at once; revalidating with the ETag is cheap.
                .header(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (hasMore) {
            response.header(
                    "Link",
                    "<"
                            + uri.getRequestUriBuilder()
                                    .replaceQueryParam("since", next)
                                    .build() + ">; rel=\"next\"");
        }
        return response.build();
    }

    /**
     * The changes as server-sent events, from the cursor in Last-Event-ID (an EventSource resuming), in {@code after},
     * or, with neither, from the data version this instance holds now. The head and a first comment are written at
     * once; {@link ChangeStream} sends the rest.
     */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context SseEventSink sink,
            @Context HttpServerRequest request) {
        QueryParameters parameters = QueryParameters.of(uri);
        String after = parameters.raw("after");
        String lastEventId = headers.getHeaderString(LAST_EVENT_ID);
        Long cursor = null;
        if (lastEventId != null && !lastEventId.isBlank()) {
            cursor = cursor(lastEventId);
            if (cursor == null) {
                parameters.reject(LAST_EVENT_ID, "must be the id of an event of this stream (digits)");
            }
        } else if (after != null && !after.isBlank()) {
            cursor = cursor(after);
            if (cursor == null) {
                parameters.reject("after", "must be a cursor of the change feed or of this stream (digits), or 0");
            }
        }
        parameters.validate();
        stream.open(cursor, sink, request.response(), request.connection());
    }

    /** A cursor as the feed and the stream give them: digits; null when it is not one. */
    private static Long cursor(String value) {
        String digits = value.strip();
        return digits.matches("[0-9]{1,18}") ? Long.parseLong(digits) : null;
    }

    @Override
    public List<ApiLink> links() {
        return List.of(new ApiLink(110, "changes", PATH, "变更记录", "Change feed"));
    }
}
