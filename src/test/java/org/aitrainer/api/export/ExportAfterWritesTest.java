package org.aitrainer.api.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.support.ChangeRows;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.junit.jupiter.api.Test;

/** The exports follow writes: every write is a new version, and deleted policies and benefits leave the exports. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class ExportAfterWritesTest {

    private static final String CSV = "/api/v1/export/policies.csv";
    private static final String DATASET = "/api/v1/export/dataset.json";
    private static final String POLICY = "export-test-policy";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ChangeRows changes;

    @Test
    void everyWriteIsANewVersionAndDeletedRecordsLeaveBothExports() throws IOException {
        String csvTag = given().get(CSV).then().statusCode(200).extract().header("ETag");
        String datasetTag =
                given().get(DATASET).then().statusCode(200).extract().header("ETag");

        given().auth()
                .oauth2(Tokens.editor("export-test"))
                .contentType("application/json")
                .body(policy())
                .post("/api/v1/policies")
                .then()
                .statusCode(201);
        String level5 = addBenefit(5, 1000);
        String level4 = addBenefit(4, 1500);
        String[] ids = {level5.substring(level5.lastIndexOf('/') + 1), level4.substring(level4.lastIndexOf('/') + 1)};

        // The copies fetched before the writes are stale now: the full file comes, with the new version.
        ExtractableResponse<Response> csv = given().header("If-None-Match", csvTag)
                .get(CSV)
                .then()
                .statusCode(200)
                .extract();
        assertCurrent(csv, "policies-csv");
        assertThat(csvBenefits(csv)).containsExactly(ids[0], ids[1]);
        ExtractableResponse<Response> dataset = given().header("If-None-Match", datasetTag)
                .get(DATASET)
                .then()
                .statusCode(200)
                .extract();
        assertCurrent(dataset, "dataset-json");
        assertThat(datasetBenefits(dataset)).containsExactly(ids[0], ids[1]);
        assertThat(JSON.readTree(dataset.asByteArray()).path("version").asText())
                .isEqualTo(version());

        String benefitTag = given().get(level4).then().statusCode(200).extract().header("ETag");
        given().auth()
                .oauth2(Tokens.admin("export-test"))
                .header("If-Match", benefitTag)
                .delete(level4)
                .then()
                .statusCode(204);
        csv = given().get(CSV).then().statusCode(200).extract();
        assertCurrent(csv, "policies-csv");
        assertThat(csvBenefits(csv)).containsExactly(ids[0]);
        dataset = given().get(DATASET).then().statusCode(200).extract();
        assertThat(datasetBenefits(dataset)).containsExactly(ids[0]);

        String policyTag = given().get("/api/v1/policies/" + POLICY)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Tokens.admin("export-test"))
                .header("If-Match", policyTag)
                .delete("/api/v1/policies/" + POLICY)
                .then()
                .statusCode(204);
        csv = given().get(CSV).then().statusCode(200).extract();
        assertCurrent(csv, "policies-csv");
        assertThat(csvBenefits(csv)).isNull();
        dataset = given().get(DATASET).then().statusCode(200).extract();
        assertCurrent(dataset, "dataset-json");
        assertThat(datasetBenefits(dataset)).isNull();

        // The current tags now answer 304 again.
        given().header("If-None-Match", csv.header("ETag")).get(CSV).then().statusCode(304);
        given().header("If-None-Match", dataset.header("ETag"))
                .get(DATASET)
                .then()
                .statusCode(304);
    }

    private void assertCurrent(ExtractableResponse<Response> response, String format) {
        String version = version();
        assertThat(version).isNotEqualTo("0");
        assertThat(response.header("X-Data-Version")).isEqualTo(version);
        assertThat(response.header("ETag")).isEqualTo("\"" + format + "-" + version + "\"");
    }

    private String version() {
        return Long.toString(changes.latestId());
    }

    private static Map<String, Object> policy() {
        return Map.of(
                "id", POLICY,
                "title", Map.of("zh-CN", "导出测试政策", "en", "Export test policy"),
                "category", "SKILL_SUBSIDY",
                "scope", "MUNICIPAL",
                "region", "440300",
                "summary", Map.of("zh-CN", "用于测试导出的政策。", "en", "A policy for export tests."),
                "sourceId", "sz-repost-cdhao",
                "verification", "REPORTED");
    }

    private static String addBenefit(int level, int amount) {
        Map<String, Object> body = Map.of(
                "level", level,
                "kind", "CERTIFICATE_SUBSIDY",
                "amount", amount,
                "currency", "CNY",
                "sourceId", "sz-repost-cdhao",
                "verification", "REPORTED");
        return given().auth()
                .oauth2(Tokens.editor("export-test"))
                .contentType("application/json")
                .body(body)
                .post("/api/v1/policies/" + POLICY + "/benefits")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    /** The benefit ids of the test policy's rows, in order; null when the policy has no row. */
    private static List<String> csvBenefits(ExtractableResponse<Response> response) {
        byte[] body = response.asByteArray();
        List<List<String>> records =
                ExportResourceTest.parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        int policyId = records.get(0).indexOf("policy_id");
        int benefitId = records.get(0).indexOf("benefit_id");
        List<String> ids = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.get(policyId).equals(POLICY)) {
                ids.add(record.get(benefitId));
            }
        }
        return ids.isEmpty() ? null : ids;
    }

    /** The benefit ids of the test policy, in order; null when the export leaves the policy out. */
    private static List<String> datasetBenefits(ExtractableResponse<Response> response) throws IOException {
        for (JsonNode policy : JSON.readTree(response.asByteArray()).path("policies")) {
            if (policy.path("id").asText().equals(POLICY)) {
                List<String> ids = new ArrayList<>();
                policy.path("benefits")
                        .forEach(benefit -> ids.add(benefit.path("id").asText()));
                return ids;
            }
        }
        return null;
    }
}
