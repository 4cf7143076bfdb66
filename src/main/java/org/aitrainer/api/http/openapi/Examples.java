package org.aitrainer.api.http.openapi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The examples of the document: recorded responses of this service ({@code openapi/examples.json}) and the request
 * bodies it accepts as they are ({@code openapi/request-examples.json}), by operation id.
 */
final class Examples {

    public static final String EXAMPLES = "openapi/examples.json";

    /** A request body for each POST and PUT, by operation id, that the service accepts as it is. */
    public static final String REQUEST_EXAMPLES = "openapi/request-examples.json";

    /**
     * An example: the request that was made (with its body, for a computation's POST) and the body the service
     * answered with, or a note and a hand-written body.
     */
    public record Example(String request, Object body, String note, Object response) {}

    private Examples() {}

    static Map<String, Object> requestExamples() {
        return byOperation(REQUEST_EXAMPLES, new TypeReference<>() {});
    }

    static Map<String, Example> examples() {
        return byOperation(EXAMPLES, new TypeReference<>() {});
    }

    /** A resource of examples by operation id; none when it is missing. */
    static <T> Map<String, T> byOperation(String resource, TypeReference<Map<String, T>> type) {
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Map.of() : new ObjectMapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
