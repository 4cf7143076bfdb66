package org.aitrainer.api.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
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

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableBody(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(Problem.ABOUT_BLANK, "Bad Request", 400,
                "The request body is not valid JSON or does not have the expected shape", path(uri), null));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.ResponseBuilder response = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(HttpProblems.of(status, path(uri)));
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
