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
import java.util.function.Function;
import java.util.function.Supplier;
import org.aitrainer.api.export.ExportReader.Snapshot;
import org.aitrainer.api.http.caching.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk exports: the policies and their benefits as CSV, and the whole data set as JSON, both languages in each. Each
 * is read from one database snapshot and streamed; its ETag and X-Data-Version name the data-set version it was read
 * at, so a client can poll with If-None-Match and download again only after a change.
 */
@Path("/api/v1/export")
@Tag(name = "Export")
public class ExportResource {

    static final String CSV = "text/csv";
    static final String CSV_UTF_8 = "text/csv; charset=UTF-8";
    static final String DATA_VERSION = "X-Data-Version";
    static final String BOTH_LANGUAGES = "zh-CN, en";

    /** The header and three real rows: a policy without benefits, and benefits with quoted fields. */
    static final String CSV_EXAMPLE = """
            policy_id,policy_title_zh,policy_title_en,issuer_zh,issuer_en,document_number,\
            category,scope,region_code,issued_on,policy_effective_from,policy_effective_to,\
            policy_source_id,policy_verification,benefit_id,level,kind,amount,currency,\
            upper_limit,uplift_percent,effective_from,effective_to,conditions_zh,conditions_en,\
            benefit_source_id,benefit_verification\r
            new-generation-ai-development-plan,新一代人工智能发展规划,\
            New Generation Artificial Intelligence Development Plan,国务院,State Council,国发〔2017〕35号,\
            DEVELOPMENT_PLAN,NATIONAL,CN,2017-07-08,,,state-council-2017-35,OFFICIAL,,,,,,,,,,,,,\r
            shenzhen-skill-certificate-subsidy,深圳市职业技能证书补贴,Shenzhen skill-certificate subsidy,,,,\
            SKILL_SUBSIDY,MUNICIPAL,440300,,,,sz-repost-cdhao,REPORTED,b0000000-0000-4000-8000-000000000006,\
            3,CERTIFICATE_SUBSIDY,3120,CNY,false,,2026-01-01,,在2400元基础上上调30%。,\
            "A 30% rise on 2,400 yuan.",sz-repost-cdhao,REPORTED\r
            tonglu-one-exam-two-certificates,桐庐县“一考双证”补贴,\
            "Tonglu County ""one exam, two certificates"" subsidy",,,,SKILL_SUBSIDY,COUNTY,330122,,,,\
            tonglu-notice,REPORTED,b0000000-0000-4000-8000-000000000014,,SPECIAL_CERTIFICATE_SUBSIDY,800,CNY,\
            false,,,,,,tonglu-notice,REPORTED\r
            """;

    private static final String IF_NONE_MATCH_DESCRIPTION = "The ETag of a copy you already have (or `*`). When it "
            + "is still current, the answer is 304 with no body.";

    @Inject
    ExportReader reader;

    @Inject
    ObjectMapper json;

    @GET
    @Path("/policies.csv")
    @Produces(CSV)
    @Operation(
            operationId = "exportPoliciesCsv",
            summary = "Export policies and benefits as CSV",
            description = "Every policy that is not deleted, with its benefits that are not deleted, as one CSV file "
                    + "in both languages: one row per benefit, and one row with empty benefit columns for a policy "
                    + "without benefits. Rows come by policy (in the order recorded), then by level from 5 down "
                    + "(benefits not tied to a level last), oldest first.\n\n"
                    + "The file is RFC 4180 CSV in UTF-8 with a byte order mark (so that Excel reads the Chinese "
                    + "texts) and CRLF line ends, under a header row of snake_case column names. A field that holds "
                    + "a comma, a double quote or a line break is quoted, its quotes doubled; a missing value is an "
                    + "empty field. Amounts are plain numbers (2400), dates ISO 8601, flags true or false.")
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING),
            example = "\"policies-csv-0\"")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file.",
            headers = {
                @Header(
                        name = HttpHeaders.CONTENT_DISPOSITION,
                        description = "Saves the body as policies.csv.",
                        schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"policies.csv\""))
            },
            content =
                    @Content(
                            mediaType = CSV,
                            schema = @Schema(type = SchemaType.STRING, description = "RFC 4180 CSV with a header row."),
                            examples =
                                    @ExampleObject(
                                            name = "policies",
                                            summary = "The header and three of the rows",
                                            value = CSV_EXAMPLE)))
    public Response policiesCsv(@Context HttpHeaders headers) {
        return export(headers, "policies-csv", "policies.csv", CSV_UTF_8, reader::policies, PoliciesCsv::new);
    }

    @GET
    @Path("/dataset.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "exportDataset",
            summary = "Export the whole data set as JSON",
            description = "The whole data set in one JSON document, every text in both languages "
                    + "(`{\"zh-CN\": ..., \"en\": ...}`): `version`, then `occupation` (with its `statements`), "
                    + "`sources`, `regions`, `levels`, `workTypes`, `duties` (with `examples` as one list per "
                    + "language), `salaryRanges` and `policies`, each policy with its `benefits`. Field names and "
                    + "ids are those of the read API (`id` is the public id, `sourceId` names the source, money is "
                    + "`{amount, currency}`). Policies and benefits that are deleted are left out.")
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING),
            example = "\"dataset-json-0\"")
    @APIResponse(
            responseCode = "200",
            description = "The data set.",
            headers = {
                @Header(
                        name = HttpHeaders.CONTENT_DISPOSITION,
                        description = "Saves the body as dataset.json.",
                        schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"dataset.json\""))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DatasetExport.class)))
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
            Supplier<Snapshot<T>> read,
            Function<T, StreamingOutput> writer) {
        long current = reader.version();
        List<String> ifNoneMatch = headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH);
        if (ETags.noneMatchFails(ifNoneMatch, tag(format, current))) {
            return versioned(Response.notModified(), format, current).build();
        }
        Snapshot<T> snapshot = read.get();
        return versioned(Response.ok(writer.apply(snapshot.content()), mediaType), format, snapshot.version())
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
}
