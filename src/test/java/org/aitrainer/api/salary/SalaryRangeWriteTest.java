package org.aitrainer.api.salary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.support.ChangeRows;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Preconditions;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.Tags;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
public class SalaryRangeWriteTest {

    static final String SALARY_RANGES = "/api/v1/salary-ranges";
    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    ChangeRows changes;

    /** A valid salary range; the role names the test, so that each test writes its own. */
    public static Map<String, Object> salaryRange(String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("role", Map.of("zh-CN", "测试岗位 " + role, "en", "Test role " + role));
        body.put("level", 3);
        body.put("workType", "data-annotator");
        body.put("region", "440300");
        body.put("min", Map.of("amount", 6000, "currency", "CNY"));
        body.put("max", Map.of("amount", 9000, "currency", "CNY"));
        body.put("period", "MONTH");
        body.put("statistic", "RANGE");
        body.put("referenceYear", 2025);
        body.put("note", Map.of("zh-CN", "测试用。", "en", "For tests."));
        body.put("sourceId", "sz-repost-cdhao");
        body.put("verification", "REPORTED");
        return body;
    }

    static Response create(String token, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .post(SALARY_RANGES);
    }

    /** Creates a salary range and answers its path. */
    static String created(String role) {
        return "/api/v1/salary-ranges/"
                + create(Tokens.editor("partner-a"), salaryRange(role))
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
    }

    @Test
    void anEditorCreatesASalaryRange() {
        long before = changes.latestId();
        Response response = create(Tokens.editor("partner-a"), salaryRange("wt-create"));
        response.then()
                .statusCode(201)
                .header("Location", matchesPattern("http://[^/]+/api/v1/salary-ranges/" + UUID_PATTERN))
                .header("ETag", Tags.ofVersion(0))
                .body("id", matchesPattern(UUID_PATTERN))
                .body("role", equalTo("测试岗位 wt-create"))
                .body("level", equalTo(3))
                .body("workType", equalTo("data-annotator"))
                .body("region.code", equalTo("440300"))
                .body("region.name", equalTo("深圳市"))
                .body("min.amount", equalTo(6000))
                .body("min.currency", equalTo("CNY"))
                .body("max.amount", equalTo(9000))
                .body("referenceYear", equalTo(2025))
                .body("note", equalTo("测试用。"))
                .body("sourceId", equalTo("sz-repost-cdhao"))
                .body("verification", equalTo("REPORTED"));
        String id = response.path("id");
        String location = response.header("Location");
        assertThat(location).endsWith("/api/v1/salary-ranges/" + id);

        given().queryParam("lang", "en")
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", Tags.ofVersion(0))
                .body("role", equalTo("Test role wt-create"))
                .body("region.name", equalTo("Shenzhen"));
        List<ChangeRows.Row> rows = changes.since(before);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.author()).isEqualTo("partner-a");
            assertThat(row.entityType()).isEqualTo("salary-range");
            assertThat(row.entityId()).isEqualTo(id);
            assertThat(row.action()).isEqualTo("CREATE");
            assertThat(row.before()).isNull();
            assertThat(row.after())
                    .contains("\"id\": \"" + id + "\"")
                    .contains("\"Test role wt-create\"")
                    .contains("\"sz-repost-cdhao\"")
                    .contains("\"region\": \"440300\"");
        });
    }

    @Test
    void anOpenRangeHasNoMax() {
        Map<String, Object> body = salaryRange("wt-open");
        body.put("max", null);
        body.put("level", null);
        body.put("workType", null);
        body.put("note", null);
        body.put("region", "CN");
        create(Tokens.admin("admin-1"), body)
                .then()
                .statusCode(201)
                .body("max", nullValue())
                .body("level", nullValue())
                .body("workType", nullValue())
                .body("note", nullValue())
                .body("region.code", equalTo("CN"));
    }

    @Test
    void anInvalidSalaryRangeIsRejectedFieldByFieldAndNothingIsWritten() {
        long before = changes.latestId();
        Map<String, Object> malformed = salaryRange("wt-malformed");
        malformed.remove("role");
        malformed.put("level", 9);
        malformed.put("region", "Shenzhen");
        malformed.put("min", Map.of("amount", -1, "currency", "CNY"));
        malformed.put("referenceYear", 1800);
        malformed.put("workType", "Data Annotator");
        create(Tokens.editor("partner-a"), malformed)
                .then()
                .statusCode(400)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/invalid-body"))
                .body("title", equalTo("Invalid request body"))
                .body("detail", equalTo("6 fields are invalid; errors lists each"))
                .body(
                        "errors.field",
                        containsInAnyOrder("role", "level", "region", "min.amount", "referenceYear", "workType"));

        Map<String, Object> unknown = salaryRange("wt-unknown");
        unknown.put("region", "999999");
        unknown.put("workType", "no-such-type");
        unknown.put("sourceId", "no-such-source");
        unknown.put("min", Map.of("amount", 9000, "currency", "XYZ"));
        unknown.put("max", Map.of("amount", 6000, "currency", "USD"));
        create(Tokens.editor("partner-a"), unknown)
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/invalid-body"))
                .body(
                        "errors.field",
                        hasItems("region", "workType", "sourceId", "min.currency", "max.currency", "max.amount"))
                .body("errors.find { it.field == 'max.amount' }.message", equalTo("must not be less than min.amount"))
                .body(
                        "errors.find { it.field == 'region' }.message",
                        equalTo("names no known region; GET /api/v1/regions lists them"));
        given().queryParam("region", "999999").get(SALARY_RANGES).then().statusCode(400);
        assertThat(changes.since(before)).isEmpty();
    }

    @Test
    void bothFiguresAreInOneCurrency() {
        Map<String, Object> body = salaryRange("wt-currency");
        body.put("max", Map.of("amount", 9000, "currency", "USD"));
        create(Tokens.editor("partner-a"), body)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("max.currency")))
                .body("errors[0].message", equalTo("must equal min.currency"));
    }

    @Test
    void withoutATokenAWriteIsUnauthorized() {
        long before = changes.latestId();
        given().contentType("application/json")
                .body(salaryRange("wt-anonymous"))
                .post(SALARY_RANGES)
                .then()
                .spec(Problems.http(401, "Unauthorized", SALARY_RANGES))
                .header("WWW-Authenticate", "Bearer realm=\"ai-trainer-api\"");
        for (String token : List.of(Tokens.expired("partner-a"), Tokens.foreign("partner-a"), "not-a-jwt")) {
            create(token, salaryRange("wt-bad-token"))
                    .then()
                    .spec(Problems.http(401, "Unauthorized", SALARY_RANGES))
                    .header("WWW-Authenticate", "Bearer realm=\"ai-trainer-api\", error=\"invalid_token\"");
        }
        assertThat(changes.since(before)).isEmpty();
    }

    @Test
    void aTokenWithoutTheRoleIsForbidden() {
        create(Tokens.reader("partner-a"), salaryRange("wt-reader"))
                .then()
                .spec(Problems.http(403, "Forbidden", SALARY_RANGES));
        String path = created("wt-editor-delete");
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", "*")
                .delete(path)
                .then()
                .spec(Problems.http(403, "Forbidden", path));
        given().get(path).then().statusCode(200);
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        String unknown = SALARY_RANGES + "/00000000-0000-4000-8000-0000000000ff";
        given().get(unknown).then().spec(Problems.notFound(unknown));
        given().get(SALARY_RANGES + "/not-a-uuid").then().spec(Problems.notFound(SALARY_RANGES + "/not-a-uuid"));
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", "*")
                .contentType("application/json")
                .body(salaryRange("wt-not-found"))
                .put(unknown)
                .then()
                .spec(Problems.notFound(unknown));
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", "*")
                .delete(unknown)
                .then()
                .spec(Problems.notFound(unknown));
    }

    @Test
    void anUpdateNeedsTheCurrentETag() {
        String path = created("wt-update");
        Map<String, Object> changed = salaryRange("wt-update");
        changed.put("max", Map.of("amount", 12000, "currency", "CNY"));
        changed.put("verification", "OFFICIAL");

        Preconditions.updateNeedsTheCurrentETag(Tokens.editor("partner-b"), path, changed);

        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        long before = changes.latestId();
        given().auth()
                .oauth2(Tokens.editor("partner-b"))
                .header("If-Match", etag)
                .queryParam("lang", "en")
                .contentType("application/json")
                .body(changed)
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", Tags.ofVersion(1))
                .body("max.amount", equalTo(12000))
                .body("verification", equalTo("OFFICIAL"))
                .body("role", equalTo("Test role wt-update"));
        assertThat(changes.since(before)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("UPDATE");
            assertThat(row.author()).isEqualTo("partner-b");
            assertThat(row.entityId()).isEqualTo(path.substring(path.lastIndexOf('/') + 1));
            assertThat(row.before()).contains("\"amount\": 9000").contains("\"REPORTED\"");
            assertThat(row.after()).contains("\"amount\": 12000").contains("\"OFFICIAL\"");
        });
        given().auth()
                .oauth2(Tokens.editor("partner-b"))
                .header("If-Match", etag)
                .contentType("application/json")
                .body(changed)
                .put(path)
                .then()
                .spec(Problems.http(412, "Precondition Failed", path));
    }

    @Test
    void anAdminDeletesASalaryRangeForGood() {
        String path = created("wt-delete");
        Preconditions.deleteNeedsTheCurrentETag(Tokens.admin("admin-1"), path);
        String etag = given().get(path).then().extract().header("ETag");
        long before = changes.latestId();
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag)
                .delete(path)
                .then()
                .statusCode(204);
        given().get(path).then().spec(Problems.notFound(path));
        assertThat(changes.since(before)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("DELETE");
            assertThat(row.entityType()).isEqualTo("salary-range");
            assertThat(row.author()).isEqualTo("admin-1");
            assertThat(row.before()).contains("\"Test role wt-delete\"");
            assertThat(row.after()).isNull();
        });
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstResponse() {
        long before = changes.latestId();
        Map<String, Object> body = salaryRange("wt-idempotent");
        Response first = given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("Idempotency-Key", "wt-salary-key-1")
                .contentType("application/json")
                .body(body)
                .post(SALARY_RANGES);
        first.then().statusCode(201);
        Response again = given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("Idempotency-Key", "wt-salary-key-1")
                .contentType("application/json")
                .body(body)
                .post(SALARY_RANGES);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(changes.since(before)).hasSize(1);

        Map<String, Object> other = salaryRange("wt-idempotent-other");
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("Idempotency-Key", "wt-salary-key-1")
                .contentType("application/json")
                .body(other)
                .post(SALARY_RANGES)
                .then()
                .statusCode(422)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        assertThat(changes.since(before)).hasSize(1);
    }
}
