package org.aitrainer.api.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aitrainer.api.core.CsvRows;
import org.aitrainer.api.snapshot.DeclaredCollections;
import org.aitrainer.api.snapshot.ExportSection;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class ExportResourceTest {

    private static final String CSV = "/api/v1/export/policies.csv";
    private static final String DATASET = "/api/v1/export/dataset.json";
    private static final List<String> LANGUAGES = List.of("zh-CN", "en");
    private static final List<String> HEADER = List.of(
            "policy_id",
            "policy_title_zh",
            "policy_title_en",
            "issuer_zh",
            "issuer_en",
            "document_number",
            "category",
            "scope",
            "region_code",
            "issued_on",
            "policy_effective_from",
            "policy_effective_to",
            "policy_source_id",
            "policy_verification",
            "benefit_id",
            "level",
            "kind",
            "amount",
            "currency",
            "upper_limit",
            "uplift_percent",
            "effective_from",
            "effective_to",
            "conditions_zh",
            "conditions_en",
            "benefit_source_id",
            "benefit_verification");
    private static final List<String> BENEFIT_COLUMNS = HEADER.subList(HEADER.indexOf("benefit_id"), HEADER.size());
    private static final String PLAIN_NUMBER = "(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The data-set version the migrations leave: the audit rows of V4, before any partner writes. */
    private static final long MIGRATED_VERSION = 107;

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory entityManagerFactory;

    // ----------------------------------------------------------------------------------------------------------------
    // CSV
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void csvIsUtf8WithByteOrderMarkHeaderRowAndCrlfLineEnds() {
        byte[] body = given().get(CSV).then().statusCode(200).extract().asByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", HEADER) + "\r\n").endsWith("\r\n");
        // The parser rejects a bare CR or LF outside quotes: every record ends with CRLF.
        List<List<String>> records = parseCsv(text);
        assertThat(records.get(0)).isEqualTo(HEADER);
        assertThat(records).allSatisfy(record -> assertThat(record).hasSize(HEADER.size()));
    }

    @Test
    void csvHasOneRowPerBenefitAndOneRowPerPolicyWithoutBenefits() {
        List<Map<String, String>> rows = csvRows();
        long benefits = count("select count(*) from benefit b join policy p on p.id = b.policy_id "
                + "where b.deleted_at is null and p.deleted_at is null");
        long policiesWithoutBenefits = count("select count(*) from policy p where p.deleted_at is null and not exists "
                + "(select 1 from benefit b where b.policy_id = p.id and b.deleted_at is null)");
        assertThat(rows.stream().filter(r -> !r.get("benefit_id").isEmpty())).hasSize((int) benefits);
        assertThat(rows.stream().filter(r -> r.get("benefit_id").isEmpty()))
                .hasSize((int) policiesWithoutBenefits)
                .allSatisfy(row -> BENEFIT_COLUMNS.forEach(
                        column -> assertThat(row.get(column)).isEmpty()));
        if (dataVersion() == MIGRATED_VERSION) {
            // As migrated: 61 benefits in 16 policies, and 10 policies without benefits.
            assertThat(rows).hasSize(61 + 10);
        }
        List<String> policyOrder =
                rows.stream().map(r -> r.get("policy_id")).distinct().toList();
        assertThat(policyOrder).isEqualTo(livePolicies());
        assertThat(rows.stream().map(r -> r.get("benefit_id")).filter(id -> !id.isEmpty()))
                .doesNotHaveDuplicates();
    }

    @Test
    void csvOrdersBenefitsByLevelFromFiveDownThenOldestFirst() {
        List<Map<String, String>> rows = csvRows();
        Comparator<Map<String, String>> order = Comparator.comparing(
                        (Map<String, String> r) -> r.get("level").isEmpty() ? 0 : -Integer.parseInt(r.get("level")))
                .thenComparing(
                        r -> r.get("effective_from"),
                        Comparator.comparing((String d) -> !d.isEmpty()).thenComparing(Comparator.naturalOrder()));
        rows.stream()
                .collect(Collectors.groupingBy(r -> r.get("policy_id"), LinkedHashMap::new, Collectors.toList()))
                .forEach((policy, benefits) -> assertThat(benefits).as(policy).isSortedAccordingTo(order));
        assertThat(rows.stream()
                        .filter(r -> r.get("policy_id").equals("shenzhen-skill-certificate-subsidy"))
                        .map(r -> r.get("level") + " " + r.get("effective_from") + " " + r.get("amount")))
                .containsExactly(
                        "5  1000", "4  1500", "3  2000", "3 2025-01-01 2400", "3 2025-03-01 2400", "3 2026-01-01 3120");
    }

    @Test
    void csvRowsHoldWhatTheReadApiServesInBothLanguages() throws IOException {
        Map<String, List<Map<String, String>>> byPolicy = csvRows().stream()
                .collect(Collectors.groupingBy(r -> r.get("policy_id"), LinkedHashMap::new, Collectors.toList()));
        assertThat(byPolicy).isNotEmpty();
        int comparedBenefits = 0;
        for (Map.Entry<String, List<Map<String, String>>> policy : byPolicy.entrySet()) {
            JsonNode zh = read("/api/v1/policies/" + policy.getKey() + "?lang=zh-CN");
            JsonNode en = read("/api/v1/policies/" + policy.getKey() + "?lang=en");
            for (Map<String, String> row : policy.getValue()) {
                String as = policy.getKey() + " " + row.get("benefit_id");
                assertThat(row.get("policy_title_zh"))
                        .as(as)
                        .isEqualTo(zh.path("title").asText());
                assertThat(row.get("policy_title_en"))
                        .as(as)
                        .isEqualTo(en.path("title").asText());
                assertThat(row.get("issuer_zh")).as(as).isEqualTo(text(zh.path("issuer")));
                assertThat(row.get("issuer_en")).as(as).isEqualTo(text(en.path("issuer")));
                assertThat(row.get("document_number")).as(as).isEqualTo(text(en.path("documentNumber")));
                assertThat(row.get("category"))
                        .as(as)
                        .isEqualTo(en.path("category").asText());
                assertThat(row.get("scope")).as(as).isEqualTo(en.path("scope").asText());
                assertThat(row.get("region_code"))
                        .as(as)
                        .isEqualTo(text(en.path("region").path("code")));
                assertThat(row.get("issued_on")).as(as).isEqualTo(text(en.path("issuedOn")));
                assertThat(row.get("policy_effective_from")).as(as).isEqualTo(text(en.path("effectiveFrom")));
                assertThat(row.get("policy_effective_to")).as(as).isEqualTo(text(en.path("effectiveTo")));
                assertThat(row.get("policy_source_id"))
                        .as(as)
                        .isEqualTo(en.path("sourceId").asText());
                assertThat(row.get("policy_verification"))
                        .as(as)
                        .isEqualTo(en.path("verification").asText());
            }
            Map<String, Map<String, String>> rowsByBenefit = policy.getValue().stream()
                    .filter(r -> !r.get("benefit_id").isEmpty())
                    .collect(Collectors.toMap(r -> r.get("benefit_id"), Function.identity()));
            Map<String, JsonNode> zhBenefits = byId(zh.path("benefits"));
            Map<String, JsonNode> enBenefits = byId(en.path("benefits"));
            assertThat(rowsByBenefit.keySet()).as(policy.getKey()).isEqualTo(enBenefits.keySet());
            if (enBenefits.isEmpty()) {
                assertThat(policy.getValue()).as(policy.getKey()).hasSize(1);
            }
            for (Map.Entry<String, JsonNode> benefit : enBenefits.entrySet()) {
                Map<String, String> row = rowsByBenefit.get(benefit.getKey());
                JsonNode b = benefit.getValue();
                String as = policy.getKey() + " " + benefit.getKey();
                assertThat(row.get("level")).as(as).isEqualTo(text(b.path("level")));
                assertThat(row.get("kind")).as(as).isEqualTo(b.path("kind").asText());
                assertNumber(row.get("amount"), b.path("amount").path("amount"), as);
                assertThat(row.get("currency"))
                        .as(as)
                        .isEqualTo(text(b.path("amount").path("currency")));
                assertThat(row.get("upper_limit"))
                        .as(as)
                        .isEqualTo(b.path("upperLimit").asText());
                assertNumber(row.get("uplift_percent"), b.path("upliftPercent"), as);
                assertThat(row.get("effective_from")).as(as).isEqualTo(text(b.path("effectiveFrom")));
                assertThat(row.get("effective_to")).as(as).isEqualTo(text(b.path("effectiveTo")));
                assertThat(row.get("conditions_zh"))
                        .as(as)
                        .isEqualTo(text(zhBenefits.get(benefit.getKey()).path("conditions")));
                assertThat(row.get("conditions_en")).as(as).isEqualTo(text(b.path("conditions")));
                assertThat(row.get("benefit_source_id"))
                        .as(as)
                        .isEqualTo(b.path("sourceId").asText());
                assertThat(row.get("benefit_verification"))
                        .as(as)
                        .isEqualTo(b.path("verification").asText());
                comparedBenefits++;
            }
        }
        assertThat(comparedBenefits)
                .isEqualTo(csvRows().stream()
                        .filter(r -> !r.get("benefit_id").isEmpty())
                        .count());
    }

    @Test
    void csvQuotesFieldsWithCommasAndQuotesAndLeavesOthersBare() {
        String text = csvText();
        // The English title has both a comma and double quotes; the Chinese one has neither (its quotes are
        // full-width), and neither has the benefit's missing conditions.
        assertThat(text)
                .contains("\r\ntonglu-one-exam-two-certificates,桐庐县“一考双证”补贴,"
                        + "\"Tonglu County \"\"one exam, two certificates\"\" subsidy\",,,,SKILL_SUBSIDY,COUNTY,330122,,,,"
                        + "tonglu-notice,REPORTED,b0000000-0000-4000-8000-000000000014,,SPECIAL_CERTIFICATE_SUBSIDY,800,CNY,"
                        + "false,,,,,,tonglu-notice,REPORTED\r\n");
        // English conditions with commas are quoted; the Chinese ones, with full-width commas only, are not.
        assertThat(text)
                .contains(
                        ",源文章称自2025年3月1日起由2000元提高到2400元;深圳补贴转载文章(cdhao.com)也报道2025年执行2400元。,"
                                + "\"The seed article says the amount rose from 2,000 to 2,400 yuan on 1 March 2025; the Shenzhen "
                                + "repost (cdhao.com) also reports 2,400 yuan in force in 2025.\",seed-article,UNCONFIRMED\r\n");
    }

    @Test
    void csvParserUnderstandsQuotesDoubledQuotesAndLineBreaks() {
        assertThat(parseCsv("a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\",\r\n,,\"\",x\r\n"))
                .containsExactly(List.of("a", "b,c", "say \"hi\"", "two\r\nlines", ""), List.of("", "", "", "x"));
        assertThat(CsvRows.field("plain")).isEqualTo("plain");
        assertThat(CsvRows.field("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
        assertThat(CsvRows.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CsvRows.field("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(CsvRows.field(null)).isEmpty();
        assertThatThrownBy(() -> parseCsv("a\nb\r\n")).hasMessageContaining("bare LF");
        assertThatThrownBy(() -> parseCsv("a,b")).hasMessageContaining("CRLF");
    }

    // ----------------------------------------------------------------------------------------------------------------
    // JSON
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void datasetHasEveryCollectionAndTheVersionItWasReadAt() throws IOException {
        ExtractableResponse<Response> response =
                given().get(DATASET).then().statusCode(200).extract();
        JsonNode dataset = JSON.readTree(response.asByteArray());
        assertThat(dataset.isObject()).isTrue();
        assertThat(names(dataset))
                .startsWith("version", "occupation")
                .contains("sources", "regions", "levels", "workTypes", "duties", "salaryRanges", "policies");
        assertThat(dataset.path("version").isTextual()).isTrue();
        assertThat(dataset.path("version").asText())
                .isEqualTo(response.header("X-Data-Version"))
                .isEqualTo(Long.toString(dataVersion()));
        assertThat(names(dataset.path("duties").path(0)))
                .containsExactly(
                        "id",
                        "kind",
                        "parentId",
                        "position",
                        "name",
                        "description",
                        "examples",
                        "levels",
                        "workTypes",
                        "sourceId",
                        "verification");
        assertThat(names(dataset.path("duties").path(0).path("examples"))).containsExactly("zh-CN", "en");
        assertThat(names(dataset.path("policies").path(0).path("title"))).containsExactly("zh-CN", "en");
        assertThat(dataset.path("policies"))
                .allSatisfy(policy -> assertThat(policy.has("benefits")).isTrue());
        int benefits = 0;
        for (JsonNode policy : dataset.path("policies")) {
            benefits += policy.path("benefits").size();
        }
        assertThat(benefits)
                .isEqualTo(count("select count(*) from benefit b join policy p on p.id = b.policy_id "
                        + "where b.deleted_at is null and p.deleted_at is null"));
    }

    /** The sections are those the collections' declarations name, in their order, in the document and its schema. */
    @Test
    void datasetSectionsAreTheDeclaredOnesInTheirOrder() throws IOException {
        List<String> expected = new ArrayList<>(List.of("version", "occupation"));
        DeclaredCollections.all().stream()
                .flatMap(collection -> collection.exported().stream())
                .sorted(Comparator.comparingInt(ExportSection::position))
                .forEach(section -> expected.add(section.name()));
        assertThat(expected).hasSizeGreaterThan(2);
        assertThat(names(dataset())).containsExactlyElementsOf(expected);
        JsonNode schema = JSON.readTree(given().get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray())
                .at("/components/schemas/DatasetExport");
        assertThat(names(schema.path("properties"))).containsExactlyElementsOf(expected);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        assertThat(required).containsExactlyElementsOf(expected);
        assertThat(schema.at("/properties/salaryRanges/items/$ref").asText())
                .isEqualTo("#/components/schemas/SalaryRangeExport");
        assertThat(schema.at("/properties/salaryRanges/type").asText()).isEqualTo("array");
    }

    @Test
    void datasetMoneyIsPlainAndDatesAreIsoStrings() {
        String body = given().get(DATASET).then().statusCode(200).extract().asString();
        assertThat(body)
                .contains("\"amount\":{\"amount\":2400,\"currency\":\"CNY\"}")
                .contains("\"effectiveFrom\":\"2025-03-01\"")
                .doesNotContain("E+");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "sources, /api/v1/sources",
        "regions, /api/v1/regions",
        "levels, /api/v1/levels",
        "workTypes, /api/v1/work-types",
        "duties, /api/v1/duties",
        "salaryRanges, /api/v1/salary-ranges"
    })
    void datasetCollectionEqualsTheReadApiInBothLanguages(String collection, String path) throws IOException {
        JsonNode exported = dataset().path(collection);
        assertThat(exported.size()).isPositive();
        for (String language : LANGUAGES) {
            List<JsonNode> served = readAll(path, language);
            assertThat(localize(exported, language))
                    .as(collection + " " + language)
                    .isEqualTo(JSON.valueToTree(served));
        }
    }

    @Test
    void datasetPoliciesEqualTheReadApiInBothLanguages() throws IOException {
        JsonNode policies = dataset().path("policies");
        assertThat(ids(policies)).isEqualTo(livePolicies());
        for (JsonNode policy : policies) {
            for (String language : LANGUAGES) {
                String as = policy.path("id").asText() + " " + language;
                ObjectNode exported = (ObjectNode) localize(policy, language);
                ObjectNode served = (ObjectNode)
                        read("/api/v1/policies/" + policy.path("id").asText() + "?lang=" + language);
                // The read API lists benefits by level and kind, the export by level only: compare them by id.
                assertThat(byId(exported.remove("benefits"))).as(as).isEqualTo(byId(served.remove("benefits")));
                assertThat(exported).as(as).isEqualTo(served);
            }
        }
    }

    @Test
    void datasetOccupationHoldsEveryStatementOfTheProfile() throws IOException {
        JsonNode occupation = dataset().path("occupation");
        Map<String, String> topics = new LinkedHashMap<>();
        topics.put("definition", "DEFINITION");
        topics.put("creation", "CREATION");
        topics.put("standard", "STANDARD");
        topics.put("environment", "ENVIRONMENT");
        topics.put("minimumEducation", "EDUCATION");
        topics.put("careerPath", "CAREER_PATH");
        topics.put("industries", "INDUSTRY");
        topics.put("technologyTrends", "TECHNOLOGY");
        topics.put("outlook", "OUTLOOK");
        topics.put("classificationNotes", "CLASSIFICATION");
        int statements = 0;
        for (String language : LANGUAGES) {
            JsonNode exported = localize(occupation, language);
            JsonNode profile = read("/api/v1/occupation?lang=" + language);
            for (String field : List.of(
                    "code", "name", "sourceId", "verification", "digital", "classification", "relatedOccupations")) {
                assertThat(exported.path(field)).as(field).isEqualTo(profile.path(field));
            }
            statements = 0;
            for (Map.Entry<String, String> topic : topics.entrySet()) {
                ArrayNode ofTopic = JSON.createArrayNode();
                for (JsonNode statement : exported.path("statements")) {
                    if (statement.path("topic").asText().equals(topic.getValue())) {
                        ObjectNode asServed = JSON.createObjectNode();
                        List.of("text", "asOf", "sourceId", "verification")
                                .forEach(f -> asServed.set(f, statement.path(f)));
                        ofTopic.add(asServed);
                    }
                }
                JsonNode served = profile.path(topic.getKey());
                assertThat(served.isArray() ? ofTopic : ofTopic.path(0))
                        .as(topic.getKey() + " " + language)
                        .isEqualTo(served);
                statements += ofTopic.size();
            }
        }
        assertThat(statements).isEqualTo(occupation.path("statements").size());
    }

    @Test
    void csvAndDatasetAgree() throws IOException {
        JsonNode policies = dataset().path("policies");
        List<String> fromDataset = new ArrayList<>();
        for (JsonNode policy : policies) {
            if (policy.path("benefits").isEmpty()) {
                fromDataset.add(policy.path("id").asText() + " ");
            }
            policy.path("benefits")
                    .forEach(b -> fromDataset.add(
                            policy.path("id").asText() + " " + b.path("id").asText()));
        }
        assertThat(csvRows().stream().map(r -> r.get("policy_id") + " " + r.get("benefit_id")))
                .containsExactlyElementsOf(fromDataset);
    }

    // ----------------------------------------------------------------------------------------------------------------
    // HTTP: headers, conditional requests, negotiation, statements
    // ----------------------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/v1/export/policies.csv, policies-csv, policies.csv, text/csv; charset=UTF-8",
        "/api/v1/export/dataset.json, dataset-json, dataset.json, application/json"
    })
    void exportsCarryTheirVersionETagAndFileName(String path, String format, String fileName, String type) {
        String version = Long.toString(dataVersion());
        ExtractableResponse<Response> response =
                given().get(path).then().statusCode(200).extract();
        assertThat(response.header("X-Data-Version")).isEqualTo(version);
        assertThat(response.header("ETag")).isEqualTo("\"" + format + "-" + version + "\"");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + fileName + "\"");
        assertThat(response.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.header("Content-Language")).isEqualTo("zh-CN, en");
        assertThat(response.contentType().replace(" ", "")).isEqualToIgnoringCase(type.replace(" ", ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/export/policies.csv", "/api/v1/export/dataset.json"})
    void aCurrentETagInIfNoneMatchGets304WithNoBody(String path) {
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        String version = Long.toString(dataVersion());
        for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
            ExtractableResponse<Response> response = given().header("If-None-Match", ifNoneMatch)
                    .get(path)
                    .then()
                    .statusCode(304)
                    .extract();
            assertThat(response.asByteArray()).as(ifNoneMatch).isEmpty();
            assertThat(response.header("ETag")).as(ifNoneMatch).isEqualTo(etag);
            assertThat(response.header("X-Data-Version")).as(ifNoneMatch).isEqualTo(version);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/export/policies.csv", "/api/v1/export/dataset.json"})
    void anOtherOrMalformedIfNoneMatchGetsTheBody(String path) {
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        String unquoted = etag.replace("\"", "");
        for (String ifNoneMatch : List.of(
                "\"policies-csv-999999\"", "\"dataset-json-999999\"", unquoted, etag + " garbage", "\"unterminated")) {
            byte[] body = given().header("If-None-Match", ifNoneMatch)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("ETag", etag)
                    .extract()
                    .asByteArray();
            assertThat(body).as(ifNoneMatch).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/export/policies.csv", "/api/v1/export/dataset.json"})
    void headAnswersTheHeadersWithoutTheBody(String path) {
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        byte[] body = given().head(path)
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .header("X-Data-Version", Long.toString(dataVersion()))
                .extract()
                .asByteArray();
        assertThat(body).isEmpty();
    }

    @Test
    void exportsAnswerOnlyTheirOwnMediaType() {
        given().accept("application/json").get(CSV).then().spec(Problems.http(406, "Not Acceptable", CSV));
        given().accept("text/csv").get(DATASET).then().spec(Problems.http(406, "Not Acceptable", DATASET));
        given().accept("text/csv").get(CSV).then().statusCode(200);
        given().accept("*/*").get(DATASET).then().statusCode(200);
    }

    /**
     * The statements an export runs do not grow with the data: the CSV's six; the data set's six for its version, its
     * consistent read and the occupation, then one per section and two more for the policies' benefits and rules.
     */
    @Test
    void anExportRunsAFixedNumberOfStatements() {
        long sections = DeclaredCollections.all().stream()
                .filter(collection -> collection.exported().isPresent())
                .count();
        assertThat(statements("/api/v1/export/policies.csv")).isEqualTo(6);
        assertThat(statements(DATASET)).isEqualTo(6 + sections + 2);
    }

    private long statements(String path) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Helpers
    // ----------------------------------------------------------------------------------------------------------------

    private long dataVersion() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select coalesce(max(id), 0) from audit_log")
                                .getSingleResult())
                        .longValue());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** The slugs of the policies that are not deleted, in the order recorded. */
    private List<String> livePolicies() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.unwrap(Session.class)
                        .createNativeQuery("select slug from policy where deleted_at is null order by id", String.class)
                        .getResultList());
    }

    private static String csvText() {
        byte[] body = given().get(CSV).then().statusCode(200).extract().asByteArray();
        return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }

    /** The data rows, each as column name to value. */
    private static List<Map<String, String>> csvRows() {
        List<List<String>> records = parseCsv(csvText());
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * RFC 4180, strictly: records end with CRLF (a bare CR or LF outside quotes is an error); a quoted field may hold
     * commas, line breaks and doubled quotes; a quote may not appear inside an unquoted field.
     */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (quoted || field.length() > 0) {
                        throw new AssertionError("quote inside an unquoted field at " + i);
                    }
                    inQuotes = true;
                    quoted = true;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    quoted = false;
                }
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        throw new AssertionError("bare CR at " + i);
                    }
                    i++;
                    record.add(field.toString());
                    records.add(record);
                    record = new ArrayList<>();
                    field.setLength(0);
                    quoted = false;
                }
                case '\n' -> throw new AssertionError("bare LF at " + i);
                default -> {
                    if (quoted) {
                        throw new AssertionError("text after a closing quote at " + i);
                    }
                    field.append(c);
                }
            }
        }
        if (inQuotes) {
            throw new AssertionError("unterminated quoted field");
        }
        if (field.length() > 0 || quoted || !record.isEmpty()) {
            throw new AssertionError("the last record does not end with CRLF");
        }
        return records;
    }

    private static void assertNumber(String csv, JsonNode served, String as) {
        if (served.isMissingNode() || served.isNull()) {
            assertThat(csv).as(as).isEmpty();
            return;
        }
        assertThat(csv).as(as).matches(PLAIN_NUMBER);
        assertThat(new BigDecimal(csv)).as(as).isEqualByComparingTo(served.decimalValue());
    }

    /** A JSON value as the CSV writes it: null and absent are empty. */
    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }

    private static JsonNode dataset() throws IOException {
        return JSON.readTree(
                given().get(DATASET).then().statusCode(200).extract().asByteArray());
    }

    private static JsonNode read(String path) throws IOException {
        return JSON.readTree(given().get(path).then().statusCode(200).extract().asByteArray());
    }

    /** Every item of a collection of the read API, page after page. */
    private static List<JsonNode> readAll(String path, String language) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode body = read(path + "?size=100&page=" + page + "&lang=" + language);
            body.path("items").forEach(items::add);
            if (page >= body.path("page").path("totalPages").asInt()) {
                assertThat(items).hasSize(body.path("page").path("totalItems").asInt());
                return items;
            }
        }
    }

    /** The export in one language, shaped as the read API serves it: every {"zh-CN", "en"} pair becomes one value. */
    private static JsonNode localize(JsonNode node, String language) {
        if (node.isObject()) {
            if (node.size() == 2 && node.has("zh-CN") && node.has("en")) {
                return node.get(language);
            }
            ObjectNode copy = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                copy.set(property.getKey(), localize(property.getValue(), language));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(localize(item, language)));
            return copy;
        }
        return node;
    }

    private static Map<String, JsonNode> byId(JsonNode items) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.path("id").asText(), item));
        return byId;
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(new LinkedHashSet<>(
                node.properties().stream().map(Map.Entry::getKey).toList()));
    }
}
