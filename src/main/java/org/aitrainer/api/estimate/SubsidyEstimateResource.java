package org.aitrainer.api.estimate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.ShanghaiDate;
import org.aitrainer.api.http.RequestIds;
import org.aitrainer.api.http.language.LanguageParameter;
import org.aitrainer.api.http.limits.LargeBody;
import org.aitrainer.api.http.problem.BodyErrors;
import org.aitrainer.api.http.problem.InvalidBodyException;
import org.aitrainer.api.http.problem.InvalidParametersException;
import org.aitrainer.api.http.problem.Problem;
import org.aitrainer.api.snapshot.ReadSnapshot;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Subsidy estimates, at {@code /api/v1/subsidy-estimates}: one situation, or a batch of them, evaluated against the
 * rules and amounts of the read snapshot. No SQL runs here: every instance at the same data version gives the same
 * answer.
 */
@Path("/api/v1/subsidy-estimates")
@Tag(name = "Subsidy estimates")
public class SubsidyEstimateResource {

    /** The most situations one batch takes. */
    public static final int MAX_BATCH = 1000;

    /** The most fields of the wrong type one situation's answer names. */
    private static final int MAX_TYPE_ERRORS = 20;

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

    @PostConstruct
    void prepare() {
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
        Situation situation = read(body, "", snapshot, ShanghaiDate.today(), errors);
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
            @RestQuery String detail,
            @BeanParam LanguageParameter language)
            throws IOException {
        EstimateBatch.Detail level = detail(detail);
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
        Batch batch = new Batch(
                size,
                items,
                field,
                snapshots.current(),
                language.language(),
                csv ? EstimateBatch.Detail.summary : level,
                instance());
        StreamingOutput answer = csv ? batch::writeCsv : batch::writeJson;
        return Response.ok(answer, csv ? EstimateCsv.MEDIA_TYPE : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static EstimateBatch.Detail detail(String raw) {
        if (raw == null) {
            return EstimateBatch.Detail.summary;
        }
        for (EstimateBatch.Detail value : EstimateBatch.Detail.values()) {
            if (value.name().equals(raw)) {
                return value;
            }
        }
        throw new InvalidParametersException(List.of(new Problem.FieldError("detail", "must be summary or full")));
    }

    /**
     * One batch, evaluated while its answer is written: a row at a time, so that the memory a batch holds does not
     * grow with its answer.
     */
    private final class Batch {
        private final int size;
        private final Iterator<JsonNode> items;
        private final String field;
        private final ReadSnapshot snapshot;
        private final Estimator estimator;
        private final EstimateBatch.Detail detail;
        private final String instance;
        private final LocalDate today = ShanghaiDate.today();

        Batch(
                int size,
                Iterator<JsonNode> items,
                String field,
                ReadSnapshot snapshot,
                Language language,
                EstimateBatch.Detail detail,
                String instance) {
            this.size = size;
            this.items = items;
            this.field = field;
            this.snapshot = snapshot;
            this.estimator = new Estimator(snapshot, language);
            this.detail = detail;
            this.instance = instance;
        }

        /** The next situation's answer: the situations are read in order, once. */
        EstimateBatch.Row row(int i) {
            return SubsidyEstimateResource.this.row(
                    items.next(), field + "[" + i + "].", estimator, snapshot, today, detail, instance);
        }

        void writeJson(OutputStream out) throws IOException {
            try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
                generator.writeStartObject();
                generator.writeNumberField("dataVersion", snapshot.version());
                generator.writeStringField("detail", detail.name());
                generator.writeArrayFieldStart("results");
                for (int i = 0; i < size; i++) {
                    rowWriter.writeValue(generator, row(i));
                }
                generator.writeEndArray();
                generator.writeEndObject();
            }
        }

        void writeCsv(OutputStream out) throws IOException {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            EstimateCsv.writeHeader(writer);
            for (int i = 0; i < size; i++) {
                EstimateCsv.writeRow(writer, row(i));
            }
            writer.flush();
        }
    }

    /** One situation of a batch: its estimate, or the problem that stops it; never an exception for the others. */
    private EstimateBatch.Row row(
            JsonNode item,
            String prefix,
            Estimator estimator,
            ReadSnapshot snapshot,
            LocalDate today,
            EstimateBatch.Detail detail,
            String instance) {
        JsonNode idNode = item == null ? null : item.get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (item == null || !item.isObject()) {
            errors.add(new Problem.FieldError(prefix.substring(0, prefix.length() - 1), "must be an object"));
            return invalid(null, errors, instance);
        }
        if (id == null || id.isBlank() || id.length() > EstimateBatch.MAX_ID_LENGTH) {
            errors.add(new Problem.FieldError(
                    prefix + "id", "is required: text of 1 to " + EstimateBatch.MAX_ID_LENGTH + " characters"));
        }
        Situation situation = read(item, prefix, snapshot, today, errors);
        if (errors.isEmpty()) {
            return detail == EstimateBatch.Detail.full
                    ? new EstimateBatch.Row(id, 200, null, estimator.estimate(situation), null)
                    : new EstimateBatch.Row(id, 200, estimator.summary(situation), null, null);
        }
        return invalid(id, errors, instance);
    }

    /**
     * A situation from its JSON, checked, with its defaults; null with every error found added. A field of the wrong
     * type is named, left out and the rest read again, so that one answer names every bad field.
     */
    private Situation read(
            JsonNode body, String prefix, ReadSnapshot snapshot, LocalDate today, List<Problem.FieldError> errors) {
        // The body is copied only when a field of the wrong type must be left out of it.
        JsonNode remaining = body;
        for (int attempt = 0; attempt <= MAX_TYPE_ERRORS; attempt++) {
            try {
                Situation situation = json.treeToValue(remaining, Situation.class);
                SituationCheck.Checked checked = SituationCheck.check(situation, snapshot, today, prefix);
                for (Problem.FieldError error : checked.errors()) {
                    if (errors.stream().noneMatch(e -> e.field().equals(error.field()))) {
                        errors.add(error);
                    }
                }
                return errors.isEmpty() ? checked.situation() : null;
            } catch (MismatchedInputException e) {
                Optional<Problem.FieldError> error = BodyErrors.of(e, prefix);
                if (remaining == body) {
                    remaining = body.deepCopy();
                }
                if (error.isEmpty() || !remove((ObjectNode) remaining, e.getPath())) {
                    errors.add(error.orElse(new Problem.FieldError(
                            prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
                            "must be a situation")));
                    return null;
                }
                errors.add(error.get());
            } catch (IOException e) {
                errors.add(new Problem.FieldError(
                        prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "must be a situation"));
                return null;
            }
        }
        return null;
    }

    /** Leaves out the node a path names; false when it names none. */
    private static boolean remove(ObjectNode root, List<JsonMappingException.Reference> path) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonMappingException.Reference step = path.get(i);
            parent = step.getFieldName() != null ? parent.get(step.getFieldName()) : parent.get(step.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (last.getFieldName() != null && parent instanceof ObjectNode object && object.has(last.getFieldName())) {
            object.remove(last.getFieldName());
            return true;
        }
        if (last.getFieldName() == null && parent instanceof ArrayNode array && last.getIndex() < array.size()) {
            array.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }

    /** A row's problem names the batch request, as every problem names its request: path and request id. */
    private String instance() {
        String id = RequestIds.of(request.getCurrent());
        return uri.getRequestUri().getRawPath() + (id == null ? "" : "#request=" + id);
    }

    private static EstimateBatch.Row invalid(String id, List<Problem.FieldError> errors, String instance) {
        Problem problem = new Problem(
                Problem.INVALID_BODY,
                "Invalid request body",
                400,
                new InvalidBodyException(errors).getMessage(),
                instance,
                errors);
        return new EstimateBatch.Row(id, 400, null, null, problem);
    }
}
