package org.aitrainer.api.shared;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

    @ServerExceptionMapper
    public RestResponse<Problem> invalidParameters(InvalidParametersException e, UriInfo uri) {
        return respond(new Problem(Problem.INVALID_PARAMETERS, "Invalid request parameters", 400, e.getMessage(),
                path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(ResourceNotFoundException e, UriInfo uri) {
        return respond(new Problem(Problem.NOT_FOUND, "Resource not found", 404, e.getMessage(), path(uri), null));
    }

    // Listed one by one: Quarkus has its own mappers for the specific Jackson exceptions, and the most specific wins.
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class})
    public RestResponse<Problem> unreadableBody(Exception e, UriInfo uri) {
        return respond(unreadableBody(path(uri)));
    }

    private static Problem unreadableBody(String instance) {
        return new Problem(Problem.ABOUT_BLANK, "Bad Request", 400,
                "The request body is not valid JSON or does not have the expected shape", instance, null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        // Quarkus reports malformed JSON as a plain 400 whose cause is the parser's exception.
        Problem problem = status == 400 && e.getCause() instanceof JsonProcessingException
                ? unreadableBody(path(uri))
                : HttpProblems.of(status, path(uri));
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (status == Response.Status.METHOD_NOT_ALLOWED.getStatusCode() && uri != null) {
            response.header(HttpHeaders.ALLOW, allowedMethods.forPath(uri.getRequestUri().getRawPath()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(HttpProblems.of(500, path(uri)));
    }

    private static RestResponse<Problem> respond(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem)
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
