package org.aitrainer.api.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.aitrainer.api.export.ExportReader.Snapshot;
import org.aitrainer.api.http.ApiLink;
import org.aitrainer.api.http.Linked;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.http.openapi.OpenApiDocumentation;
import org.aitrainer.api.snapshot.RequestSnapshot;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk exports: the policies and their benefits as CSV, and the whole data set as JSON, both languages in each. Each
 * is read from one database snapshot and streamed; its ETag and X-Data-Version name the data-set version it was read
 * at, so a client can poll with If-None-Match and download again only after a change.
 */
@Path(ExportResource.PATH)
@Tag(name = ExportResource.TAG)
public class ExportResource implements Linked {

    static final String PATH = "/api/v1/export";
    private static final String POLICIES_CSV = "/policies.csv";
    private static final String DATASET_JSON = "/dataset.json";

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Export";

    public static final String ABOUT =
            "The data in one download, in both languages: policies and benefits as CSV, the whole data set "
                    + "as JSON.";

    static final String CSV = "text/csv";
    static final String CSV_UTF_8 = "text/csv; charset=UTF-8";
    static final String DATA_VERSION = "X-Data-Version";
    static final String BOTH_LANGUAGES = "zh-CN, en";

    @Inject
    ExportReader reader;

    @Inject
    ObjectMapper json;

    @Inject
    RequestSnapshot snapshot;

    @GET
    @Extension(name = OpenApiDocumentation.REVALIDATED, value = "true")
    @Path(POLICIES_CSV)
    @Produces(CSV)
    @APIResponse(responseCode = "200", description = "The CSV file.")
    public Response policiesCsv(@Context HttpHeaders headers) {
        return export(headers, "policies-csv", "policies.csv", CSV_UTF_8, reader::policies, PoliciesCsv::new);
    }

    @GET
    @Extension(name = OpenApiDocumentation.REVALIDATED, value = "true")
    @Extension(name = OpenApiDocumentation.EXPORT_SECTIONS, value = "true")
    @Path(DATASET_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The data set.")
    public Response dataset(@Context HttpHeaders headers) {
        return export(
                headers,
                "dataset-json",
                "dataset.json",
                MediaType.APPLICATION_JSON,
                reader::dataset,
                dataset -> output -> {
                    try (JsonGenerator generator = json.createGenerator(output, JsonEncoding.UTF8)) {
                        // The stream belongs to the server; money stays plain (2400, not 2.4E+3) as in the read API.
                        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                        generator.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
                        json.writeValue(generator, dataset);
                    }
                });
    }

    /**
     * A 304 when the client's copy is current (checked against the version alone, without reading the data);
     * otherwise a snapshot of the data, streamed, with the version it was read at.
     */
    private <T> Response export(
            HttpHeaders headers,
            String format,
            String fileName,
            String mediaType,
            Function<OptionalLong, Snapshot<T>> read,
            Function<T, StreamingOutput> writer) {
        OptionalLong pinned = snapshot.pinnedVersion();
        long current = pinned.isPresent() ? pinned.getAsLong() : reader.version();
        List<String> ifNoneMatch = headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH);
        if (ETags.noneMatchFails(ifNoneMatch, tag(format, current))) {
            return versioned(Response.notModified(), format, current).build();
        }
        Snapshot<T> data = read.apply(pinned);
        return versioned(Response.ok(writer.apply(data.content()), mediaType), format, data.version())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    private static Response.ResponseBuilder versioned(Response.ResponseBuilder response, String format, long version) {
        return response.header(HttpHeaders.ETAG, ETags.strong(tag(format, version)))
                .header(DATA_VERSION, Long.toString(version))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                // Both languages; LanguageHeaders keeps a Content-Language that a resource sets itself.
                .header(HttpHeaders.CONTENT_LANGUAGE, BOTH_LANGUAGES);
    }

    private static String tag(String format, long version) {
        return format + "-" + version;
    }

    @Override
    public List<ApiLink> links() {
        return List.of(
                new ApiLink(
                        120,
                        "export-policies",
                        PATH + POLICIES_CSV,
                        "政策与补贴导出 (CSV)",
                        "Policies and benefits export (CSV)"),
                new ApiLink(
                        130, "export-dataset", PATH + DATASET_JSON, "完整数据集导出 (JSON)", "Whole data set export (JSON)"));
    }
}
