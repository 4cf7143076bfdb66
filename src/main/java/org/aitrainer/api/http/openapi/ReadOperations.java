package org.aitrainer.api.http.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.http.caching.ETags;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What every read (GET) shares: its caching and language headers, the data version, If-None-Match and its 304, the
 * Link of a page, the 400 of its parameters and the 404 of its id, and a recorded example of its answer.
 */
final class ReadOperations {

    /** Named after the snapshot's header; spelled here so that the document does not depend on the read path. */
    static final String DATA_VERSION = "X-Data-Version";

    static final String DATA_VERSION_DESCRIPTION = "The data-set version the answer was read at: the id of "
            + "the latest change in the audit log. A partner who wrote version N reads its write in any answer of "
            + "version N or later.";

    /** The parameter that asks a read for the answer at a past data version. */
    static final String VERSION = "version";

    static final String PINNED_CACHING = "With version or knownAt: public, max-age=31536000, immutable (no-store with "
            + "credentials), since the answer at a past version never changes.";

    private ReadOperations() {}

    /**
     * The parameters that ask for the answer at a past data version: {@code name} (a number) or knownAt (an
     * instant), and what they answer.
     */
    static void addVersionParameters(Operation operation, String name) {
        operation.addParameter(OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.QUERY)
                .description("Answer as the service answered (or would have answered) at this data version, as "
                        + "X-Data-Version and GET /api/v1/versions name them: the same body, ETag and "
                        + "Content-Language, with X-Data-Version naming it. Before the earliest version kept: 410; "
                        + "after the latest: 404.")
                .example("160")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .pattern("^[0-9]{1,18}$")));
        operation.addParameter(OASFactory.createParameter()
                .name("knownAt")
                .in(Parameter.In.QUERY)
                .description("Answer at the last data version committed at or before this instant (RFC 3339, "
                        + "with its offset); not in the future. Not with " + name + ".")
                .example("2026-03-01T09:00:00+08:00")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .format("date-time")));
    }

    /** Whether an annotation marked the element with the extension ({@code @Extension(name = ..., value = "true")}). */
    private static boolean marked(Map<String, Object> extensions, String name) {
        return extensions != null && extensions.containsKey(name);
    }

    /**
     * @param operation a GET
     * @param example its recorded answer, or null
     * @param writable whether the same path takes writes, which check the ETag
     */
    static void complete(Operation operation, Examples.Example example, boolean writable) {
        APIResponse stream = operation.getResponses().getAPIResponse("200");
        if (stream.getContent() != null
                && stream.getContent().hasMediaType(jakarta.ws.rs.core.MediaType.SERVER_SENT_EVENTS)) {
            completeStream(operation, stream);
            return;
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean collection = false;
        for (Parameter parameter : parameters) {
            collection |= marked(parameter.getExtensions(), OpenApiDocumentation.PAGED);
            parameter.removeExtension(OpenApiDocumentation.PAGED);
        }
        APIResponse answer = operation.getResponses().getAPIResponse("200");
        boolean revalidated = marked(operation.getExtensions(), OpenApiDocumentation.REVALIDATED)
                || marked(answer.getExtensions(), OpenApiDocumentation.REVALIDATED);
        operation.removeExtension(OpenApiDocumentation.REVALIDATED);
        answer.removeExtension(OpenApiDocumentation.REVALIDATED);
        boolean identified = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);

        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok.getDescription() == null || ok.getDescription().equals("OK")) {
            ok.setDescription(collection ? "One page of the collection." : "The resource.");
        }
        if (ok.getHeaders() == null || !ok.getHeaders().containsKey("Content-Language")) {
            ok.addHeader(
                    "Content-Language", OpenApiModels.header("The language of the texts in the body: zh-CN or en."));
        }
        ok.addHeader("Vary", OpenApiModels.header("Accept, Accept-Language, Origin: the response depends on them."));
        if (ok.getHeaders().get("ETag") == null) {
            ok.addHeader(
                    "ETag",
                    OpenApiModels.header(
                            writable
                                    ? "The representation's strong entity tag: send it in If-None-Match to revalidate a copy, or in "
                                            + "If-Match to write."
                                    : "The representation's strong entity tag: send it in If-None-Match to revalidate a copy."));
        }
        if (ok.getHeaders().get("Cache-Control") == null) {
            ok.addHeader(
                    "Cache-Control",
                    OpenApiModels.header(
                            revalidated
                                    ? "no-cache: a cache may keep the response but must revalidate it (If-None-Match) before each "
                                            + "use, so that a new change is seen at once."
                                    : "public, max-age=300 (configurable): any cache may keep the response that long. no-store "
                                            + "when the request carried credentials."));
        }
        if (parameters.stream().noneMatch(p -> "If-None-Match".equals(p.getName()))) {
            operation.addParameter(OASFactory.createParameter()
                    .name("If-None-Match")
                    .in(Parameter.In.HEADER)
                    .description("The ETag of a copy you hold. When it is current the answer is 304, without a body.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .example(ETags.EXAMPLE));
        }
        if (operation.getResponses().getAPIResponse("304") == null) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "304",
                            OASFactory.createAPIResponse()
                                    .description("The copy named in If-None-Match is current: no body.")
                                    .addHeader("ETag", OpenApiModels.header("The current entity tag."))
                                    .addHeader("Cache-Control", OpenApiModels.header("As on the 200."))
                                    .addHeader("Vary", OpenApiModels.header("As on the 200.")));
        }
        if (ok.getHeaders().get(DATA_VERSION) == null) {
            ok.addHeader(DATA_VERSION, OpenApiModels.header(DATA_VERSION_DESCRIPTION));
        }
        APIResponse notModified = operation.getResponses().getAPIResponse("304");
        if (notModified != null) {
            OpenApiModels.addIfMissing(notModified, "Cache-Control", "As on the 200.");
            OpenApiModels.addIfMissing(notModified, "Vary", "As on the 200.");
            OpenApiModels.addIfMissing(notModified, "Content-Language", "As on the 200, where it is sent.");
            OpenApiModels.addIfMissing(notModified, DATA_VERSION, DATA_VERSION_DESCRIPTION);
        }
        if (collection) {
            ok.addHeader("Link", OpenApiModels.header("RFC 8288 links to the first, previous, next and last pages."));
        }
        if (example != null) {
            ok.getContent()
                    .getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
                    .setExample(example.response());
        }
        addVersionParameters(operation, VERSION);
        ok.addHeader(
                "Cache-Control",
                OpenApiModels.header(ok.getHeaders().get("Cache-Control").getDescription() + " " + PINNED_CACHING));
        operation.getResponses().addAPIResponse("400", OpenApiModels.reference("InvalidParameters"));
        operation
                .getResponses()
                .addAPIResponse("404", OpenApiModels.reference(identified ? "NotFound" : "VersionNotFound"));
        operation.getResponses().addAPIResponse("410", OpenApiModels.reference("VersionGone"));
        // Reads are public: no credentials are needed.
        operation.setSecurity(new ArrayList<>());
    }

    /** A stream of events: never cached or revalidated, its texts in both languages, its cursor checked. */
    private static void completeStream(Operation operation, APIResponse ok) {
        operation.removeExtension(OpenApiDocumentation.REVALIDATED);
        ok.addHeader(
                "Cache-Control",
                OpenApiModels.header("no-cache: the stream is never stored or revalidated by a cache."));
        ok.addHeader(
                "Content-Language",
                OpenApiModels.header("zh-CN, en: the records in the events carry every text in both languages."));
        ok.addHeader(
                "X-Accel-Buffering",
                OpenApiModels.header("no: proxies that buffer responses (nginx) pass the events on at once."));
        operation.getResponses().addAPIResponse("400", OpenApiModels.reference("InvalidParameters"));
        // Reads are public: no credentials are needed.
        operation.setSecurity(new ArrayList<>());
    }
}
