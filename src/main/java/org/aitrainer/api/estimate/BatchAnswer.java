package org.aitrainer.api.estimate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
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
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.ShanghaiDate;
import org.aitrainer.api.http.problem.InvalidBodyException;
import org.aitrainer.api.http.problem.Problem;
import org.aitrainer.api.snapshot.ReadSnapshot;

/**
 * The answer to a batch, each situation read and evaluated while its row is written: a row at a time, so that the
 * memory a batch holds does not grow with its answer.
 */
final class BatchAnswer {

    private final SituationReader reader;
    private final ObjectMapper json;
    private final ObjectWriter rowWriter;
    private final int size;
    private final Iterator<JsonNode> items;
    private final String field;
    private final ReadSnapshot snapshot;
    private final Estimator estimator;
    private final EstimateBatch.Detail detail;
    private final String instance;
    private final LocalDate today = ShanghaiDate.today();

    BatchAnswer(
            SituationReader reader,
            ObjectMapper json,
            ObjectWriter rowWriter,
            int size,
            Iterator<JsonNode> items,
            String field,
            ReadSnapshot snapshot,
            Language language,
            EstimateBatch.Detail detail,
            String instance) {
        this.reader = reader;
        this.json = json;
        this.rowWriter = rowWriter;
        this.size = size;
        this.items = items;
        this.field = field;
        this.snapshot = snapshot;
        this.estimator = new Estimator(snapshot, language);
        this.detail = detail;
        this.instance = instance;
    }

    /** The next situation's answer: the situations are read in order, once. */
    private EstimateBatch.Row row(int i) {
        return row(items.next(), field + "[" + i + "].");
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

    /** One situation of a batch: its estimate, or the problem that stops it; never an exception for the others. */
    private EstimateBatch.Row row(JsonNode item, String prefix) {
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
        Situation situation = reader.read(item, prefix, snapshot, today, errors);
        if (errors.isEmpty()) {
            return detail == EstimateBatch.Detail.full
                    ? new EstimateBatch.Row(id, 200, null, estimator.estimate(situation), null)
                    : new EstimateBatch.Row(id, 200, estimator.summary(situation), null, null);
        }
        return invalid(id, errors, instance);
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
