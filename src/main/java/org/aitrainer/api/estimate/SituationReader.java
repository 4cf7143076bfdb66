package org.aitrainer.api.estimate;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aitrainer.api.http.problem.BodyErrors;
import org.aitrainer.api.http.problem.Problem;
import org.aitrainer.api.snapshot.ReadSnapshot;

/**
 * Reads a situation from its JSON: checked, with its defaults, every bad field named by its JSON path. A field of the
 * wrong type is named, left out and the rest read again, so that one answer names every bad field.
 */
final class SituationReader {

    /** The most fields of the wrong type one situation's answer names. */
    private static final int MAX_TYPE_ERRORS = 20;

    private final ObjectMapper json;

    SituationReader(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A situation from its JSON, checked, with its defaults; null with every error found added. A field of the wrong
     * type is named, left out and the rest read again, so that one answer names every bad field.
     */
    Situation read(
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
}
