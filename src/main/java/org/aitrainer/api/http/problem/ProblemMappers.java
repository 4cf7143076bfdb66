package org.aitrainer.api.http.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.aitrainer.api.core.ResourceNotFoundException;
import org.aitrainer.api.http.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become responses: every error is an RFC 9457 problem, and none shows a stack trace,
 * a SQL message or a class name.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    AllowedMethods allowedMethods;

    @Inject
    CurrentVertxRequest currentRequest;

    @ServerExceptionMapper
    public RestResponse<Problem> invalidParameters(InvalidParametersException e, UriInfo uri) {
        return respond(new Problem(
                Problem.INVALID_PARAMETERS, "Invalid request parameters", 400, e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(ResourceNotFoundException e, UriInfo uri) {
        return respond(new Problem(Problem.NOT_FOUND, "Resource not found", 404, e.getMessage(), path(uri), null));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidBody(InvalidBodyException e, UriInfo uri) {
        return respond(
                new Problem(Problem.INVALID_BODY, "Invalid request body", 400, e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(bodyField(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return invalidBody(new InvalidBodyException(errors), uri);
    }

    // Listed one by one: Quarkus has its own mappers for the specific Jackson exceptions, and the most specific wins.
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class})
    public RestResponse<Problem> unreadableBody(Exception e, UriInfo uri) {
        return respond(unreadableBody(path(uri)));
    }

    /** JSON of the wrong shape: the field it happened at, and what was expected there. */
    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class})
    public RestResponse<Problem> mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return BodyErrors.of(e, "")
                .map(error -> invalidBody(new InvalidBodyException(List.of(error)), uri))
                .orElseGet(() -> respond(unreadableBody(path(uri))));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> precondition(PreconditionException e, UriInfo uri) {
        return respond(new Problem(Problem.ABOUT_BLANK, e.title(), e.status(), e.getMessage(), path(uri), null));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> staleWrite(OptimisticLockException e, UriInfo uri) {
        return precondition(
                new PreconditionException(
                        412,
                        "Precondition Failed",
                        "The resource changed while this write was being made; GET it again and retry"),
                uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> conflict(ConflictException e, UriInfo uri) {
        return respond(
                new Problem(Problem.CONFLICT, "Conflict", 409, e.getMessage(), path(uri), null, e.conflictsWith()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> storedDataConflict(
            org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return conflict(new ConflictException("The write conflicts with data already stored", null), uri);
    }

    /**
     * An operation of a batch that failed: the problem its single endpoint would have answered, with its status, and
     * errors that name the operation in the batch's body. Nothing of the batch was applied. A failure that is not the
     * operation's fault, such as the database going away, is answered as it would be for any request.
     */
    @ServerExceptionMapper
    public RestResponse<Problem> batchOperation(BatchOperationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        RestResponse<Problem> single;
        String field = e.field();
        if (cause instanceof InvalidBodyException invalid) {
            single = invalidBody(invalid, uri);
            field += ".body";
        } else if (cause instanceof ConstraintViolationException violations) {
            // Violations of an object validated on its own, not of a resource method's parameter.
            single = invalidBody(
                    new InvalidBodyException(violations.getConstraintViolations().stream()
                            .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                            .sorted(Comparator.comparing(Problem.FieldError::field))
                            .toList()),
                    uri);
            field += ".body";
        } else if (cause instanceof ConflictException conflict) {
            single = conflict(conflict, uri);
        } else if (cause instanceof org.hibernate.exception.ConstraintViolationException stored) {
            single = storedDataConflict(stored, uri);
        } else if (cause instanceof PreconditionException precondition) {
            single = precondition(precondition, uri);
            field += ".headers.If-Match";
        } else if (cause instanceof OptimisticLockException stale) {
            single = staleWrite(stale, uri);
            field += ".headers.If-Match";
        } else if (cause instanceof ResourceNotFoundException missing) {
            single = notFound(missing, uri);
            field += ".url";
        } else if (cause instanceof ForbiddenException forbidden) {
            single = forbidden(forbidden, uri);
            field += ".method";
        } else {
            return unexpected(cause, uri);
        }
        Problem problem = single.getEntity();
        String prefix = field;
        List<Problem.FieldError> errors = problem.errors() == null
                ? List.of(new Problem.FieldError(prefix, problem.detail()))
                : problem.errors().stream()
                        .map(error -> new Problem.FieldError(prefix + "." + error.field(), error.message()))
                        .toList();
        return respond(new Problem(
                problem.type(),
                problem.title(),
                problem.status(),
                "Operation " + e.index() + " (id " + e.id() + ") was refused, so nothing of the batch was applied: "
                        + problem.detail(),
                problem.instance(),
                errors,
                problem.conflictsWith()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> reusedKey(IdempotencyKeyReusedException e, UriInfo uri) {
        return respond(new Problem(
                Problem.IDEMPOTENCY_KEY_REUSED, "Idempotency key reused", 422, e.getMessage(), path(uri), null));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public RestResponse<Problem> unauthenticated(RuntimeException e, UriInfo uri) {
        boolean badToken = e instanceof AuthenticationFailedException;
        return RestResponse.ResponseBuilder.<Problem>create(401)
                .entity(new Problem(
                        Problem.ABOUT_BLANK,
                        "Unauthorized",
                        401,
                        badToken
                                ? "The bearer token is not valid: malformed, expired, or not signed by the trusted issuer"
                                : "This request needs a bearer token (Authorization: Bearer <JWT>)",
                        path(uri),
                        null))
                .type(Problem.MEDIA_TYPE)
                .header(
                        HttpHeaders.WWW_AUTHENTICATE,
                        badToken
                                ? "Bearer realm=\"ai-trainer-api\", error=\"invalid_token\""
                                : "Bearer realm=\"ai-trainer-api\"")
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(
                Problem.ABOUT_BLANK,
                "Forbidden",
                403,
                "The token is valid but lacks the role this request needs (editor, or admin for deletions and "
                        + "regions)",
                path(uri),
                null));
    }

    private static Problem unreadableBody(String instance) {
        return new Problem(
                Problem.ABOUT_BLANK,
                "Bad Request",
                400,
                "The request body is not valid JSON or does not have the expected shape",
                instance,
                null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        Set<String> allowed = (status == 404 || status == 405) && uri != null
                ? allowedMethods.forPath(uri.getRequestUri().getRawPath())
                : Set.of();
        // A record's path has its own resource class beside its collection's: a method the record does not answer
        // falls through to the collection's class and ends as a 404, though the path exists.
        if (status == 404 && !allowed.isEmpty() && !allowed.contains(request.getMethod())) {
            status = Response.Status.METHOD_NOT_ALLOWED.getStatusCode();
        }
        // Quarkus reports malformed JSON as a plain 400 whose cause is the parser's exception.
        Problem problem = status == 400 && e.getCause() instanceof JsonProcessingException
                ? unreadableBody(path(uri))
                : HttpProblems.of(status, path(uri));
        Response.ResponseBuilder response =
                Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (status == Response.Status.METHOD_NOT_ALLOWED.getStatusCode() && !allowed.isEmpty()) {
            response.header(HttpHeaders.ALLOW, String.join(", ", allowed));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> versionUnavailable(VersionUnavailableException e, UriInfo uri) {
        boolean gone = e.status() == 410;
        return respond(new Problem(
                gone ? Problem.VERSION_GONE : Problem.VERSION_NOT_FOUND,
                gone ? "Data version gone" : "Data version not found",
                e.status(),
                e.getMessage(),
                path(uri),
                List.of(new Problem.FieldError(
                        e.parameter(), gone ? "is before the earliest version kept" : "is after the latest version"))));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notLoaded(SnapshotUnavailableException e, UriInfo uri) {
        return unavailable(SnapshotUnavailableException.DETAIL, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> busy(ServiceBusyException e, UriInfo uri) {
        return unavailable(e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warnf("Database unavailable on %s: %s", path(uri), e.getMessage());
            return unavailable(DatabaseUnavailable.DETAIL, uri);
        }
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(HttpProblems.of(500, path(uri)));
    }

    /** A 503: the instance cannot answer now, try again after Retry-After. */
    private RestResponse<Problem> unavailable(String detail, UriInfo uri) {
        return RestResponse.ResponseBuilder.<Problem>create(503)
                .entity(new Problem(Problem.ABOUT_BLANK, "Service Unavailable", 503, detail, path(uri), null))
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .build();
    }

    /**
     * The JSON path of a violation in the body: the nodes after the resource method and its parameter, each property
     * named as the body spells it ({@link JsonFieldNames}), with the index of each element of a list.
     */
    private static String bodyField(Path path) {
        return field(path, 2);
    }

    /** The JSON path of a violation of an object validated on its own, such as an operation's body in a batch. */
    public static String fieldOf(Path path) {
        return field(path, 0);
    }

    private static String field(Path path, int skipped) {
        StringBuilder field = new StringBuilder();
        int position = 0;
        for (Path.Node node : path) {
            if (position++ < skipped) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static RestResponse<Problem> respond(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem)
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    /** The problem's instance: the request's path, and its request id as the fragment, to find it in the logs. */
    private String path(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        String id = RequestIds.of(currentRequest.getCurrent());
        return uri.getRequestUri().getRawPath() + (id == null ? "" : "#request=" + id);
    }
}
