package org.aitrainer.api.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem: the body of every 4xx and 5xx response. */
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
public record Problem(
        @Schema(
                description = "A URI reference identifying the problem type; about:blank when the status says it all.",
                examples = "/problems/invalid-parameters")
        String type,

        @Schema(description = "A short summary of the problem type.", examples = "Invalid request parameters")
        String title,

        @Schema(description = "The HTTP status code.", examples = "400")
        int status,

        @Schema(
                description = "What went wrong with this request, for people.",
                examples = "level must be an integer from 1 to 5")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String detail,

        @Schema(
                description = "The request path this problem occurred on, and the request's id (X-Request-Id) as the "
                        + "fragment.",
                examples = "/api/v1/levels/9#request=4f3c2a9d1e7b4c6a8f0e2d4b6a8c0e1f")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String instance,

        @Schema(description = "For invalid input: one entry per invalid parameter or field.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<FieldError> errors,

        @Schema(
                description = "For a conflict: the id of the stored record this request conflicts with.",
                examples = "b0000000-0000-4000-8000-000000000005")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String conflictsWith) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String ABOUT_BLANK = "about:blank";
    public static final String INVALID_PARAMETERS = "/problems/invalid-parameters";
    public static final String NOT_FOUND = "/problems/not-found";
    public static final String INVALID_BODY = "/problems/invalid-body";
    public static final String CONFLICT = "/problems/conflict";
    public static final String IDEMPOTENCY_KEY_REUSED = "/problems/idempotency-key-reused";
    public static final String VERSION_NOT_FOUND = "/problems/version-not-found";
    public static final String VERSION_GONE = "/problems/version-gone";

    @Schema(name = "FieldError", description = "One invalid parameter or field.")
    public record FieldError(
            @Schema(description = "The parameter or field name, as sent.", examples = "level")
            String field,

            @Schema(description = "What is wrong and what is allowed.", examples = "must be an integer from 1 to 5")
            String message) {}
}
