package org.aitrainer.api.shared;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the generated OpenAPI document with what every operation shares: the problem responses it can give,
 * the headers of its successful response, and a real example of that response.
 *
 * <p>The examples are recorded responses of this service ({@code openapi/examples.json}), and a test checks that
 * each still matches what the service answers.
 */
public class OpenApiDocumentation implements OASFilter {

    public static final String EXAMPLES = "openapi/examples.json";

    /** An example: the request that was made, and the body the service answered with. */
    public record Example(String request, Object response) {}

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addProblemResponses(openAPI);
        Map<String, Example> examples = examples();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> complete(operation, examples.get(operation.getOperationId()))));
    }

    private static void complete(Operation operation, Example example) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean collection = parameters.stream().anyMatch(p -> "page".equals(p.getName()));
        boolean filtered = parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && !"lang".equals(p.getName()));
        boolean identified = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);

        APIResponse ok = operation.getResponses().getAPIResponse("200");
        ok.setDescription(collection ? "One page of the collection." : "The resource.");
        ok.addHeader("Content-Language", header("The language of the texts in the body: zh-CN or en."));
        ok.addHeader("Vary", header("Accept-Language: the body depends on the requested language."));
        if (collection) {
            ok.addHeader("Link", header("RFC 8288 links to the first, previous, next and last pages."));
        }
        if (example != null) {
            ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON).setExample(example.response());
        }
        if (filtered) {
            operation.getResponses().addAPIResponse("400", reference("InvalidParameters"));
        }
        if (identified) {
            operation.getResponses().addAPIResponse("404", reference("NotFound"));
        }
        operation.getResponses().addAPIResponse("406", reference("NotAcceptable"));
        operation.getResponses().addAPIResponse("500", reference("InternalError"));
        // Reads are public: no credentials are needed.
        operation.setSecurity(new ArrayList<>());
    }

    private static void addProblemResponses(OpenAPI openAPI) {
        openAPI.getComponents()
                .addResponse("InvalidParameters", problem("One or more parameters are invalid; `errors` names each.",
                        new Problem(Problem.INVALID_PARAMETERS, "Invalid request parameters", 400,
                                "level must be an integer from 1 to 5", "/api/v1/subsidies",
                                List.of(new Problem.FieldError("level", "must be an integer from 1 to 5")))))
                .addResponse("NotFound", problem("No resource has that id.",
                        new Problem(Problem.NOT_FOUND, "Resource not found", 404, "No policy has the id 'unknown'",
                                "/api/v1/policies/unknown", null)))
                .addResponse("NotAcceptable", problem("The client accepts no media type this resource is served in.",
                        HttpProblems.of(406, "/api/v1/levels")))
                .addResponse("InternalError", problem("The server failed; the failure is logged, the body reveals "
                        + "nothing of it.", HttpProblems.of(500, "/api/v1/levels")));
    }

    private static APIResponse problem(String description, Problem example) {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .example(new ObjectMapper().convertValue(example, Map.class));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static APIResponse reference(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }

    private static Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    static Map<String, Example> examples() {
        try (InputStream in = OpenApiDocumentation.class.getClassLoader().getResourceAsStream(EXAMPLES)) {
            if (in == null) {
                return Map.of();
            }
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, Example>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + EXAMPLES, e);
        }
    }
}
