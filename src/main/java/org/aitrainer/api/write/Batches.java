package org.aitrainer.api.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.arc.All;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aitrainer.api.http.problem.BatchOperationException;
import org.aitrainer.api.http.problem.BodyErrors;
import org.aitrainer.api.http.problem.InvalidBodyException;
import org.aitrainer.api.http.problem.Problem;
import org.aitrainer.api.http.problem.ProblemMappers;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The batch of writes that {@code POST /api/v1/batch} takes: up to 1,000 creates, updates and deletes on any writable collection, each as its single
 * endpoint takes it, applied in order in one transaction with one data version, or not at all. Every operation is
 * checked before any is applied: its url, method, headers, body and role; a batch with any invalid operation is a 400
 * (a 403 for a role) whose errors name each by its index. An operation that the data refuses while the batch is
 * applied (a conflict, a stale If-Match, a record that is not there) refuses the batch with its own status.
 */
@ApplicationScoped
public class Batches {

    private static final Set<String> METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);
    private static final String IF_MATCH = "If-Match";
    private static final String CONTENT_TYPE = "Content-Type";

    @Inject
    @All
    List<BatchWritable> writables;

    @Inject
    Writes writes;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    SecurityIdentity identity;

    @Inject
    Author author;

    @Inject
    UriInfo uri;

    private volatile List<BatchRoute> routes;

    /** Checks every operation of a batch, then applies them all through {@link Writes}, or refuses the batch. */
    public RestResponse<BatchAnswer> submit(BatchRequest batch, CreateRequest request) {
        List<WriteTransaction.Operation> operations =
                new ArrayList<>(batch.requests().size());
        List<String> ids = new ArrayList<>(batch.requests().size());
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        BatchOperationException forbidden = null;
        URI api = uri.getBaseUri().resolve(BatchRoute.API.substring(1));
        for (int i = 0; i < batch.requests().size(); i++) {
            BatchRequest.Operation operation = batch.requests().get(i);
            String at = "requests[" + i + "]";
            Integer earlier = seen.putIfAbsent(operation.id(), i);
            if (earlier != null) {
                errors.add(new Problem.FieldError(
                        at + ".id", "must be unique in the batch; operation " + earlier + " has it too"));
            }
            ids.add(operation.id());
            if (!METHODS.contains(operation.method())) {
                errors.add(new Problem.FieldError(at + ".method", "must be POST, PUT or DELETE"));
                continue;
            }
            Optional<Matched> matched = match(operation, at, errors);
            if (matched.isEmpty()) {
                continue;
            }
            BatchRoute route = matched.get().route();
            String ifMatch = headers(operation, at, errors);
            Object body = body(operation, route, at, errors);
            if (forbidden == null && route.roles().stream().noneMatch(identity::hasRole)) {
                forbidden = new BatchOperationException(i, operation.id(), new ForbiddenException());
            }
            operations.add(new WriteTransaction.Operation(
                    route,
                    matched.get().parameters(),
                    body,
                    ifMatch,
                    URI.create(api + matched.get().path())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidBodyException(errors);
        }
        if (forbidden != null) {
            throw forbidden;
        }
        var creation = new WriteTransaction.Creation(author.name(), request.idempotencyKey, uri.getPath(), null);
        return writes.batch(creation, batch, operations, ids, request.language());
    }

    /** An operation's route, its path's parameters, and its collection's path under /api/v1 for a Location. */
    private record Matched(BatchRoute route, Map<String, String> parameters, String path) {}

    private Optional<Matched> match(BatchRequest.Operation operation, String at, List<Problem.FieldError> errors) {
        String url = operation.url();
        if (url.contains("?") || url.contains("#")) {
            errors.add(new Problem.FieldError(
                    at + ".url",
                    "must be a path without a query or fragment; the batch's lang applies to every answer"));
            return Optional.empty();
        }
        String path = url.startsWith("/") ? url : "/" + url;
        if (path.startsWith(BatchRoute.API + "/")) {
            path = path.substring(BatchRoute.API.length());
        }
        String[] segments = path.substring(1).split("/", -1);
        try {
            for (int s = 0; s < segments.length; s++) {
                segments[s] = URLDecoder.decode(segments[s].replace("+", "%2B"), StandardCharsets.UTF_8);
            }
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(at + ".url", "must be a path whose escapes are %XX"));
            return Optional.empty();
        }
        List<BatchRoute> fitting =
                routes().stream().filter(route -> route.fits(segments)).toList();
        if (fitting.isEmpty()) {
            errors.add(new Problem.FieldError(
                    at + ".url",
                    "names no writable collection or record; the batch takes "
                            + String.join(
                                    ", ",
                                    routes().stream().map(BatchRoute::toString).toList())));
            return Optional.empty();
        }
        Optional<BatchRoute> route = fitting.stream()
                .filter(candidate -> candidate.method().equals(operation.method()))
                .findFirst();
        if (route.isEmpty()) {
            errors.add(new Problem.FieldError(
                    at + ".method",
                    "must be one of "
                            + String.join(
                                    ", ",
                                    fitting.stream().map(BatchRoute::method).toList())
                            + " for " + url));
            return Optional.empty();
        }
        String collection = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return Optional.of(new Matched(route.get(), route.get().match(segments).orElseThrow(), collection));
    }

    /** The operation's If-Match; every header but If-Match and Content-Type is refused. */
    private static String headers(BatchRequest.Operation operation, String at, List<Problem.FieldError> errors) {
        String ifMatch = null;
        if (operation.headers() == null) {
            return null;
        }
        for (Map.Entry<String, String> header : operation.headers().entrySet()) {
            String name = header.getKey();
            if (name.equalsIgnoreCase(IF_MATCH)) {
                ifMatch = header.getValue();
            } else if (name.equalsIgnoreCase(CONTENT_TYPE)) {
                if (!isJson(header.getValue())) {
                    errors.add(new Problem.FieldError(at + ".headers." + name, "must be application/json"));
                }
            } else {
                errors.add(new Problem.FieldError(
                        at + ".headers." + name, "is not taken in a batch: only If-Match and Content-Type are"));
            }
        }
        return ifMatch;
    }

    /** The operation's body as its route's class, checked as the single endpoint checks it; null when invalid. */
    private Object body(
            BatchRequest.Operation operation, BatchRoute route, String at, List<Problem.FieldError> errors) {
        JsonNode sent = operation.body();
        boolean absent = sent == null || sent.isNull() || sent.isMissingNode();
        if (route.body() == null) {
            if (!absent) {
                errors.add(new Problem.FieldError(at + ".body", "must be absent: a DELETE takes no body"));
            }
            return null;
        }
        if (absent || !sent.isObject()) {
            errors.add(
                    new Problem.FieldError(at + ".body", "must be a JSON object, the body its single endpoint takes"));
            return null;
        }
        Object body;
        try {
            body = json.treeToValue(sent, route.body());
        } catch (MismatchedInputException e) {
            errors.add(BodyErrors.of(e, at + ".body.")
                    .orElseGet(() -> new Problem.FieldError(at + ".body", "does not have the expected shape")));
            return null;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            errors.add(new Problem.FieldError(at + ".body", "does not have the expected shape"));
            return null;
        }
        validator.validate(body).stream()
                .map(violation -> new Problem.FieldError(
                        at + ".body." + ProblemMappers.fieldOf(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .forEach(errors::add);
        return body;
    }

    private static boolean isJson(String type) {
        try {
            return MediaType.valueOf(type).isCompatible(MediaType.APPLICATION_JSON_TYPE);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private List<BatchRoute> routes() {
        List<BatchRoute> known = routes;
        if (known == null) {
            known = writables.stream()
                    .flatMap(writable -> writable.batchRoutes().stream())
                    .sorted(Comparator.comparing(BatchRoute::template).thenComparing(BatchRoute::method))
                    .toList();
            routes = known;
        }
        return known;
    }
}
