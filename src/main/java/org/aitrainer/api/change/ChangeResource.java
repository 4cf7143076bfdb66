package org.aitrainer.api.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.http.ApiLink;
import org.aitrainer.api.http.Linked;
import org.aitrainer.api.http.openapi.OpenApiDocumentation;
import org.aitrainer.api.http.query.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ChangeResource.PATH)
@Tag(name = ChangeResource.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource implements Linked {

    static final String PATH = "/api/v1/changes";

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Changes";

    public static final String ABOUT =
            "Every committed write in commit order, for partners who keep a copy of the data in sync.";

    private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() {};

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @GET
    @Extension(name = OpenApiDocumentation.REVALIDATED, value = "true")
    public RestResponse<ChangeFeed> list(@Context UriInfo uri) {
        QueryParameters parameters = QueryParameters.of(uri);
        String since = parameters.raw("since");
        String limit = parameters.raw("limit");
        long cursor = 0;
        if (since != null && !since.isBlank()) {
            if (since.strip().matches("[0-9]{1,18}")) {
                cursor = Long.parseLong(since.strip());
            } else {
                parameters.reject("since", "must be a cursor returned by this feed (digits), or 0");
            }
        }
        Integer size = parameters.integer("limit", limit, 1, MAX_LIMIT, "must be an integer from 1 to " + MAX_LIMIT);
        parameters.validate();
        int batch = size == null ? DEFAULT_LIMIT : size;

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, occurred_at, entity_type, entity_id, action, "
                        + "cast(after as text), coalesce(version, id) from audit_log where id > :since order by id "
                        + "limit :limit")
                .setParameter("since", cursor)
                .setParameter("limit", batch + 1)
                .getResultList();
        boolean hasMore = rows.size() > batch;
        List<ChangeView> items = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(batch, rows.size()))) {
            String after = (String) row[5];
            items.add(new ChangeView(
                    row[0].toString(),
                    ((Number) row[6]).longValue(),
                    toOffset(row[1]),
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    after == null,
                    parse(after)));
        }
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

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    private Map<String, Object> parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readValue(value, RECORD);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change record is not valid JSON", e);
        }
    }

    @Override
    public List<ApiLink> links() {
        return List.of(new ApiLink(110, "changes", PATH, "变更记录", "Change feed"));
    }
}
