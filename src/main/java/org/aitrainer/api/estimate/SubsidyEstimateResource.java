package org.aitrainer.api.estimate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.ShanghaiDate;
import org.aitrainer.api.http.ApiLink;
import org.aitrainer.api.http.Linked;
import org.aitrainer.api.http.RequestIds;
import org.aitrainer.api.http.limits.LargeBody;
import org.aitrainer.api.http.problem.InvalidBodyException;
import org.aitrainer.api.http.problem.Problem;
import org.aitrainer.api.http.query.LanguageParameter;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.snapshot.ReadSnapshot;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Subsidy estimates, at {@code /api/v1/subsidy-estimates}: one situation, or a batch of them, evaluated against the
 * rules and amounts of the read snapshot. No SQL runs here: every instance at the same data version gives the same
 * answer.
 */
@Path(SubsidyEstimateResource.PATH)
@Tag(name = SubsidyEstimateResource.TAG)
public class SubsidyEstimateResource implements Linked {

    static final String PATH = "/api/v1/subsidy-estimates";

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Subsidy estimates";

    public static final String ABOUT =
            "What one person (or each of a batch) may claim, how much, until when and why: every rule "
                    + "checked against the situation, with its source.";

    /** The most situations one batch takes. */
    public static final int MAX_BATCH = 1000;

    @Inject
    RequestSnapshot snapshots;

    @Inject
    ObjectMapper json;

    @Inject
    UriInfo uri;

    @Inject
    CurrentVertxRequest request;

    /** Rows written into the answer's own generator, which flushes when its buffer is full, not after every row. */
    private ObjectWriter rowWriter;

    private SituationReader reader;

    @PostConstruct
    void prepare() {
        reader = new SituationReader(json);
        rowWriter = json.writerFor(EstimateBatch.Row.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<SubsidyEstimate> estimate(
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = Situation.class)))
                    JsonNode body,
            @BeanParam LanguageParameter language) {
        if (body == null || !body.isObject()) {
            throw new InvalidBodyException(
                    List.of(new Problem.FieldError("body", "must be a situation: a JSON object")));
        }
        ReadSnapshot snapshot = snapshots.current();
        List<Problem.FieldError> errors = new ArrayList<>();
        Situation situation = reader.read(body, "", snapshot, ShanghaiDate.today(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidBodyException(errors);
        }
        SubsidyEstimate estimate = new Estimator(snapshot, language.language()).estimate(situation);
        return RestResponse.ResponseBuilder.ok(estimate)
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * One method for both media types: the body is JSON or CSV as its Content-Type says, and the answer is in the
     * same media type.
     */
    @POST
    @Path("/batch")
    @LargeBody
    @Consumes({MediaType.APPLICATION_JSON, EstimateCsv.MEDIA_TYPE})
    @Produces({MediaType.APPLICATION_JSON, EstimateCsv.MEDIA_TYPE})
    @APIResponse(
            responseCode = "200",
            description = "One answer per situation, in the order sent.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = EstimateBatch.Answer.class)),
                @Content(
                        mediaType = EstimateCsv.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING),
                        example = EstimateCsv.ANSWER_EXAMPLE)
            })
    public Response batch(
            @RequestBody(
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = EstimateBatch.Request.class)),
                                @Content(
                                        mediaType = EstimateCsv.MEDIA_TYPE,
                                        schema = @Schema(type = SchemaType.STRING),
                                        example = EstimateCsv.EXAMPLE)
                            })
                    byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @BeanParam LanguageParameter language)
            throws IOException {
        QueryParameters parameters = QueryParameters.of(uri);
        EstimateBatch.Detail level = detail(parameters);
        Language lang = language.language(parameters);
        parameters.validate();
        boolean csv = type != null && type.isCompatible(EstimateCsv.TYPE);
        int size;
        Iterator<JsonNode> items;
        if (csv) {
            List<JsonNode> rows = EstimateCsv.read(new String(body, StandardCharsets.UTF_8), json);
            size = rows.size();
            items = rows.iterator();
        } else {
            JsonSituations situations = JsonSituations.of(body, json);
            size = situations.size();
            items = situations.iterator();
        }
        String field = csv ? "rows" : JsonSituations.FIELD;
        if (size == 0 || size > MAX_BATCH) {
            throw new InvalidBodyException(List.of(
                    new Problem.FieldError(field, "must hold 1 to " + MAX_BATCH + " situations; it holds " + size)));
        }
        BatchAnswer batch = new BatchAnswer(
                reader,
                json,
                rowWriter,
                size,
                items,
                field,
                snapshots.current(),
                lang,
                csv ? EstimateBatch.Detail.summary : level,
                instance());
        StreamingOutput answer = csv ? batch::writeCsv : batch::writeJson;
        return Response.ok(answer, csv ? EstimateCsv.MEDIA_TYPE : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static EstimateBatch.Detail detail(QueryParameters parameters) {
        String raw = parameters.raw("detail");
        if (raw == null) {
            return EstimateBatch.Detail.summary;
        }
        for (EstimateBatch.Detail value : EstimateBatch.Detail.values()) {
            if (value.name().equals(raw)) {
                return value;
            }
        }
        parameters.reject("detail", "must be summary or full");
        return EstimateBatch.Detail.summary;
    }

    /** A row's problem names the batch request, as every problem names its request: path and request id. */
    private String instance() {
        String id = RequestIds.of(request.getCurrent());
        return uri.getRequestUri().getRawPath() + (id == null ? "" : "#request=" + id);
    }

    @Override
    public List<ApiLink> links() {
        return List.of(new ApiLink(
                80, "subsidy-estimates", PATH, "补贴估算(POST)", "Subsidy estimates: what a person may claim (POST)"));
    }
}
