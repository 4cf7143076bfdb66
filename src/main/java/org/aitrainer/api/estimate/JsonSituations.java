package org.aitrainer.api.estimate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.aitrainer.api.http.problem.InvalidBodyException;
import org.aitrainer.api.http.problem.Problem;

/**
 * The situations of a JSON batch body: checked and counted when the request arrives, then read one at a time as the
 * answer is written. A batch in progress holds its body's bytes and one situation, never a tree of a thousand, so that
 * batches answered side by side do not crowd the heap.
 */
final class JsonSituations {

    static final String FIELD = "situations";

    private final byte[] body;
    private final ObjectMapper json;
    private final int size;

    private JsonSituations(byte[] body, ObjectMapper json, int size) {
        this.body = body;
        this.json = json;
        this.size = size;
    }

    /**
     * The body's situations, counted; a body that is not JSON fails as any JSON body does, and one without a single
     * array of situations is refused with a problem naming the field.
     */
    static JsonSituations of(byte[] body, ObjectMapper json) throws IOException {
        int count = -1;
        try (JsonParser parser = json.getFactory().createParser(body)) {
            JsonToken root = parser.nextToken();
            if (root == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (!FIELD.equals(name)) {
                        parser.skipChildren();
                    } else if (count >= 0) {
                        throw new InvalidBodyException(
                                List.of(new Problem.FieldError(FIELD, "is given twice; give one array")));
                    } else if (value == JsonToken.START_ARRAY) {
                        count = 0;
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            parser.skipChildren();
                            count++;
                        }
                    } else {
                        parser.skipChildren();
                        count = -2;
                    }
                }
            } else if (root != null) {
                parser.skipChildren();
            }
        }
        if (count < 0) {
            throw new InvalidBodyException(List.of(new Problem.FieldError(
                    FIELD,
                    "is required: an array of 1 to " + SubsidyEstimateResource.MAX_BATCH
                            + " situations, each with its id")));
        }
        return new JsonSituations(body, json, count);
    }

    int size() {
        return size;
    }

    /** The situations in order, each read when asked for: an object, or whatever else the array held there. */
    Iterator<JsonNode> iterator() {
        JsonParser parser;
        try {
            parser = json.getFactory().createParser(body);
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (FIELD.equals(name)) {
                    break;
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a batch body read once already could not be read again", e);
        }
        return new Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                return read < size;
            }

            @Override
            public JsonNode next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    parser.nextToken();
                    JsonNode situation = json.readTree(parser);
                    if (++read == size) {
                        parser.close();
                    }
                    return situation;
                } catch (IOException e) {
                    throw new UncheckedIOException("a batch body read once already could not be read again", e);
                }
            }
        };
    }
}
