package org.aitrainer.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every response the tests receive against the OpenAPI document the service serves, as a strict client would:
 * the status is documented for the operation, the media type is one the document names for it, the body validates
 * against its schema (OpenAPI 3.1, JSON Schema 2020-12, formats asserted), and every header that the response carries
 * is documented, but those that every response carries (listed in the document's description) and the transport's.
 * Problem bodies are checked against the Problem schema on every path, documented or not, and must name the response's
 * status. A response that breaks the document fails the test that received it.
 *
 * <p>It is installed as a RestAssured filter before each test ({@link OpenApiContractExtension}), and {@link RawHttp}
 * calls it for the requests it sends by hand.
 */
public final class OpenApiContract implements Filter {

    /** The one filter, so that installing it twice is seen. */
    public static final OpenApiContract FILTER = new OpenApiContract();

    /** Where the document is said to live, for the validator to resolve its references against. */
    private static final String DOCUMENT_IRI = "https://aitrainer-api.test/openapi.json";

    /** Headers on every response, described once in the document's description, and the transport's own. */
    private static final Set<String> UNDOCUMENTED_HEADERS = Set.of(
            "content-type",
            "content-length",
            "transfer-encoding",
            "connection",
            "date",
            "keep-alive",
            "x-request-id",
            "x-content-type-options",
            "referrer-policy");

    /**
     * The refusals of the HTTP server itself, before the service sees the request: no body and no media type
     * (docs/bare-refusals.md).
     */
    private static final Set<Integer> BARE_REFUSALS = Set.of(400, 413, 414, 431);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();

    private OpenApiContract() {}

    /** Adds the filter to RestAssured's global filters, once. */
    public static void install() {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.getHeaders().forEach(header -> headers.add(Map.entry(header.getName(), header.getValue())));
        check(request.getURI(), request.getMethod(), response.statusCode(), headers, response.asByteArray());
        return response;
    }

    /**
     * Checks one response to a request for the given absolute URI; throws an AssertionError naming every way in which
     * it breaks the document.
     */
    public static void check(
            String uri, String method, int status, List<Map.Entry<String, String>> headers, byte[] body) {
        List<String> violations = violations(uri, method, status, headers, body);
        if (!violations.isEmpty()) {
            throw new AssertionError("The response to " + method + " " + shortened(uri) + " (" + status
                    + ") breaks the OpenAPI document:\n  - " + String.join("\n  - ", violations) + "\n  body: "
                    + shortened(new String(body, StandardCharsets.UTF_8)));
        }
    }

    /** The ways in which a response breaks the document, none when it keeps to it. */
    public static List<String> violations(
            String uri, String method, int status, List<Map.Entry<String, String>> headers, byte[] body) {
        int authorityEnd = uri.indexOf('/', uri.indexOf("//") + 2);
        String base = authorityEnd < 0 ? uri : uri.substring(0, authorityEnd);
        String path = authorityEnd < 0 ? "/" : uri.substring(authorityEnd);
        for (char end : new char[] {'?', '#'}) {
            int at = path.indexOf(end);
            if (at >= 0) {
                path = path.substring(0, at);
            }
        }
        Document document = DOCUMENTS.computeIfAbsent(base, Document::load);
        String mediaType = mediaType(headers);
        boolean head = method.equalsIgnoreCase("HEAD");
        boolean hasBody = body.length > 0 && !head;
        List<String> violations = new ArrayList<>();

        if (hasBody && mediaType.equals("application/problem+json")) {
            JsonNode problem = parse(body, violations);
            if (problem != null) {
                violations.addAll(document.validate("/components/schemas/Problem", problem));
                if (problem.path("status").asInt() != status) {
                    violations.add("the problem's status " + problem.path("status") + " is not the response's");
                }
            }
        }

        String template = document.template(path);
        String operationMethod = head ? "get" : method.toLowerCase(Locale.ROOT);
        if (template == null || !document.node.path("paths").path(template).has(operationMethod)) {
            return violations; // not an operation of the API (/q/health, the page, an unknown path or method)
        }
        String operation = method + " " + template;
        String responses = "/paths/" + escape(template) + "/" + operationMethod + "/responses";
        String key = String.valueOf(status);
        if (!document.node.at(responses).has(key)) {
            key = status / 100 + "XX";
        }
        if (!document.node.at(responses).has(key)) {
            violations.add("status " + status + " is not documented for " + operation);
            return violations;
        }
        String pointer = responses + "/" + key;
        JsonNode documented = document.node.at(pointer);
        if (documented.has("$ref")) {
            pointer = documented.get("$ref").asText().substring(1);
            documented = document.node.at(pointer);
        }

        Set<String> documentedHeaders = new java.util.HashSet<>();
        documented
                .path("headers")
                .fieldNames()
                .forEachRemaining(name -> documentedHeaders.add(name.toLowerCase(Locale.ROOT)));
        for (Map.Entry<String, String> header : headers) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!UNDOCUMENTED_HEADERS.contains(name)
                    && !name.startsWith("access-control-")
                    && !documentedHeaders.contains(name)) {
                violations.add("header " + header.getKey() + " is not documented for " + status + " of " + operation);
            }
        }

        JsonNode content = documented.path("content");
        if (body.length == 0 && mediaType.isEmpty() && BARE_REFUSALS.contains(status)) {
            return violations; // a refusal of the HTTP server itself
        }
        if (head || status == 204 || status == 304) {
            if (hasBody) {
                violations.add("a " + status + " has a body");
            }
            return violations;
        }
        if (content.isMissingNode() || content.isEmpty()) {
            if (body.length > 0) {
                violations.add("a body is not documented for " + status + " of " + operation);
            }
            return violations;
        }
        if (!content.has(mediaType)) {
            violations.add("media type '" + mediaType + "' is not documented for " + status + " of " + operation
                    + " (documented: " + fieldNames(content) + ")");
            return violations;
        }
        if (mediaType.endsWith("json")) {
            JsonNode value = parse(body, violations);
            if (value != null && content.path(mediaType).has("schema")) {
                violations.addAll(document.validate(pointer + "/content/" + escape(mediaType) + "/schema", value));
            }
        }
        return violations;
    }

    private static String mediaType(List<Map.Entry<String, String>> headers) {
        return headers.stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                .map(header -> header.getValue().split(";")[0].strip().toLowerCase(Locale.ROOT))
                .findFirst()
                .orElse("");
    }

    private static JsonNode parse(byte[] body, List<String> violations) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            violations.add("the body is not JSON: " + e.getMessage());
            return null;
        }
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String shortened(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    /** One served document, with the schemas of its responses compiled as they are needed. */
    private static final class Document {

        private final JsonNode node;
        private final JsonSchemaFactory factory;
        private final SchemaValidatorsConfig config;
        private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

        private Document(String text) throws IOException {
            this.node = JSON.readTree(text);
            // The document's own members are not schema keywords; the schemas sit below them.
            JsonMetaSchema.Builder dialect = JsonMetaSchema.builder(OpenApi31.getInstance());
            for (String member : List.of(
                    "openapi",
                    "info",
                    "jsonSchemaDialect",
                    "servers",
                    "paths",
                    "webhooks",
                    "components",
                    "security",
                    "tags",
                    "externalDocs")) {
                dialect.keyword(new NonValidationKeyword(member));
            }
            JsonMetaSchema openApi31 = dialect.build();
            this.factory = JsonSchemaFactory.getInstance(
                    SpecVersion.VersionFlag.V202012,
                    builder -> builder.metaSchema(openApi31)
                            .defaultMetaSchemaIri(openApi31.getIri())
                            .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_IRI, text))));
            this.config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build();
        }

        static Document load(String base) {
            try {
                HttpResponse<String> response = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .build()
                        .send(
                                HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + base + "/q/openapi answered " + response.statusCode());
                }
                return new Document(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the OpenAPI document of " + base, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The path template that matches a request path, literal segments first; null when none does. */
        String template(String path) {
            String[] segments = path.split("/", -1);
            String best = null;
            int bestLiterals = -1;
            for (Iterator<String> names = node.path("paths").fieldNames(); names.hasNext(); ) {
                String template = names.next();
                String[] parts = template.split("/", -1);
                if (parts.length != segments.length) {
                    continue;
                }
                int literals = 0;
                boolean matches = true;
                for (int i = 0; i < parts.length && matches; i++) {
                    if (parts[i].startsWith("{") && parts[i].endsWith("}")) {
                        matches = !segments[i].isEmpty();
                    } else {
                        matches = parts[i].equals(segments[i]);
                        literals++;
                    }
                }
                if (matches && literals > bestLiterals) {
                    best = template;
                    bestLiterals = literals;
                }
            }
            return best;
        }

        List<String> validate(String pointer, JsonNode value) {
            JsonSchema schema = schemas.computeIfAbsent(
                    pointer, p -> factory.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p), config));
            List<String> messages = new ArrayList<>();
            for (ValidationMessage message : schema.validate(value)) {
                messages.add(message.getMessage());
            }
            return messages;
        }
    }
}
