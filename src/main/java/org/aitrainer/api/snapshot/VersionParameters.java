package org.aitrainer.api.snapshot;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.aitrainer.api.http.caching.HttpCaching;
import org.aitrainer.api.http.query.QueryParameters;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers as of a past data version: {@code version=N} on every GET under {@code /api/v1} (and {@code dataVersion=N}
 * on the estimates, which are POSTs), or {@code knownAt=} an instant, meaning the last version committed at or before
 * it. The request is pinned to that version ({@link RequestSnapshot}) before its resource runs, so that every resource
 * answers from the version's snapshot without knowing it. A version kept in memory pins at once; another is resolved
 * and built on a worker thread while the request waits.
 */
public class VersionParameters {

    /** The version parameter of the reads. */
    public static final String VERSION = "version";

    /** The version parameter of the estimates, named as their answers name the version. */
    public static final String DATA_VERSION = "dataVersion";

    public static final String KNOWN_AT = "knownAt";

    static final String API = "/api/v1";

    static final String ESTIMATES = API + "/subsidy-estimates";

    static final String STREAM = API + "/changes/stream";

    /** A version number: digits, at most 18 of them, so that every one is a long. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

    /**
     * The paths whose resources read the database at the version rather than the snapshot (the change feed, the
     * versions and the exports): the version is resolved, and no snapshot is built for them.
     */
    private static final String[] WITHOUT_SNAPSHOT = {API + "/changes", API + "/versions", API + "/export"};

    @Inject
    RequestSnapshot request;

    @Inject
    PastSnapshots past;

    @ServerRequestFilter(nonBlocking = true)
    public Uni<Void> pin(ContainerRequestContext context, HttpServerRequest http) {
        if (!mayName(http.query())) {
            return Uni.createFrom().voidItem();
        }
        String path = context.getUriInfo().getPath();
        String parameter = parameterOf(context.getMethod(), path);
        if (parameter == null) {
            return Uni.createFrom().voidItem();
        }
        QueryParameters parameters = QueryParameters.of(context.getUriInfo());
        // Blank is absent, as for every parameter of the API.
        String version = blankIsAbsent(parameters.raw(parameter));
        String knownAt = blankIsAbsent(parameters.raw(KNOWN_AT));
        if (version == null && knownAt == null) {
            parameters.validate();
            return Uni.createFrom().voidItem();
        }
        if (path.equals(STREAM)) {
            parameters.reject(
                    version != null ? parameter : KNOWN_AT,
                    "is not taken by the stream, which sends changes as they are committed; resume it from a change "
                            + "with after or Last-Event-ID");
        } else if (version != null && knownAt != null) {
            parameters.reject(KNOWN_AT, "must not be given with " + parameter + ": give one of them");
        }
        Long number = version == null ? null : number(parameters, parameter, version);
        Instant instant = knownAt == null ? null : instant(parameters, knownAt);
        parameters.validate();
        context.setProperty(HttpCaching.PINNED_BY, number != null ? parameter : KNOWN_AT);
        boolean snapshot = !withoutSnapshot(path);
        RequestSnapshot pinned = request.self();
        Long known = number != null ? number : past.knownAtIfResolved(instant);
        if (known != null) {
            ReadSnapshot held = past.ifHeld(known);
            if (held != null) {
                pinned.pin(held.version(), snapshot ? held : null);
                return Uni.createFrom().voidItem();
            }
        }
        return Uni.createFrom()
                .item(() -> {
                    long at = number != null ? past.resolve(parameter, number) : past.knownAt(KNOWN_AT, instant);
                    pinned.pin(at, snapshot ? past.snapshot(at) : null);
                    return at;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .replaceWithVoid();
    }

    /** False when the raw query names none of the parameters, as most requests' do not: nothing to decode then. */
    private static boolean mayName(String query) {
        return query != null && (query.contains("ersion=") || query.contains(KNOWN_AT) || query.indexOf('%') >= 0);
    }

    /** The version parameter a request may carry: on the reads, and on the estimates; null for any other. */
    private static String parameterOf(String method, String path) {
        if (!path.startsWith(API)) {
            return null;
        }
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
            return VERSION;
        }
        if (HttpMethod.POST.equals(method) && path.startsWith(ESTIMATES)) {
            return DATA_VERSION;
        }
        return null;
    }

    private static String blankIsAbsent(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static boolean withoutSnapshot(String path) {
        for (String prefix : WITHOUT_SNAPSHOT) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static Long number(QueryParameters parameters, String name, String raw) {
        if (!NUMBER.matcher(raw).matches()) {
            parameters.reject(name, "must be a data version: digits, as X-Data-Version and GET /api/v1/versions give");
            return null;
        }
        return Long.parseLong(raw);
    }

    private static Instant instant(QueryParameters parameters, String raw) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeException e) {
            parameters.reject(KNOWN_AT, "must be an instant with its offset, such as 2026-03-01T09:00:00+08:00");
            return null;
        }
        if (instant.isAfter(Instant.now())) {
            parameters.reject(KNOWN_AT, "must not be in the future: what will be known then is not known yet");
            return null;
        }
        return instant;
    }
}
