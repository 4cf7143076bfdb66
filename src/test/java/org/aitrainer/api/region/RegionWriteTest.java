package org.aitrainer.api.region;

import static io.restassured.RestAssured.given;
import static org.aitrainer.api.support.PolicyBodies.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

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

/** Region writes; each test uses its own codes from 910000 up, which GB/T 2260 does not assign. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
public class RegionWriteTest {

    static final String REGIONS = "/api/v1/regions";

    @Inject
    ChangeRows changes;

    public static Map<String, Object> region(String code, String parentCode, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("parentCode", parentCode);
        body.put("kind", kind);
        body.put("name", Map.of("zh-CN", "测试地区" + code, "en", "Test region " + code));
        return body;
    }

    static Response create(String token, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .post(REGIONS);
    }

    static void created(String code, String parentCode, String kind) {
        create(Tokens.admin("admin-1"), region(code, parentCode, kind)).then().statusCode(201);
    }

    @Test
    void anAdminCreatesARegion() {
        long before = changes.latestId();
        String location = create(Tokens.admin("admin-1"), region("910000", "CN", "PROVINCE"))
                .then()
                .statusCode(201)
                .header("Location", matchesPattern("http://[^/]+/api/v1/regions/910000"))
                .header("ETag", Tags.ofVersion(0))
                .body("code", equalTo("910000"))
                .body("name", equalTo("测试地区910000"))
                .body("kind", equalTo("PROVINCE"))
                .body("parentCode", equalTo("CN"))
                .body("ancestors.code", equalTo(List.of("CN")))
                .body("children.size()", equalTo(0))
                .extract()
                .header("Location");

        given().queryParam("lang", "en")
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", Tags.ofVersion(0))
                .body("name", equalTo("Test region 910000"));
        given().get(REGIONS + "/CN").then().body("children.code", hasItems("910000"));
        assertThat(changes.since(before)).singleElement().satisfies(row -> {
            assertThat(row.author()).isEqualTo("admin-1");
            assertThat(row.entityType()).isEqualTo("region");
            assertThat(row.entityId()).isEqualTo("910000");
            assertThat(row.action()).isEqualTo("CREATE");
            assertThat(row.before()).isNull();
            assertThat(row.after()).contains("\"Test region 910000\"").contains("\"PROVINCE\"");
        });
    }

    @Test
    void anInvalidRegionIsRejectedFieldByFieldAndNothingIsWritten() {
        long before = changes.latestId();
        Map<String, Object> malformed = region("98", "X", "CITY");
        malformed.remove("name");
        create(Tokens.admin("admin-1"), malformed)
                .then()
                .statusCode(400)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.field", equalTo(List.of("kind")));
        malformed.remove("kind");
        create(Tokens.admin("admin-1"), malformed)
                .then()
                .statusCode(400)
                .body("detail", equalTo("4 fields are invalid; errors lists each"))
                .body("errors.field", containsInAnyOrder("code", "parentCode", "kind", "name"));

        create(Tokens.admin("admin-1"), region("980000", "989999", "PROVINCE"))
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("parentCode")))
                .body("errors[0].message", equalTo("names no known region; GET /api/v1/regions lists them"));
        create(Tokens.admin("admin-1"), region("980000", null, "COUNTRY"))
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("kind", "parentCode"));
        create(Tokens.admin("admin-1"), region("CN", null, "COUNTRY"))
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("code")))
                .body("errors[0].message", containsString("cannot be created again"));
        create(Tokens.admin("admin-1"), region("980000", "330122", "PREFECTURE"))
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("kind")))
                .body("errors[0].message", containsString("COUNTY"));
        given().get(REGIONS + "/980000").then().statusCode(404);
        assertThat(changes.since(before)).isEmpty();
    }

    @Test
    void aRegionCannotEncloseItself() {
        created("930000", "CN", "PROVINCE");
        created("930100", "930000", "PREFECTURE");
        created("930101", "930100", "COUNTY");
        String path = REGIONS + "/930000";
        long before = changes.latestId();
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag(path))
                .contentType("application/json")
                .body(region("930000", "930101", "PROVINCE"))
                .put(path)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("parentCode", "kind"))
                .body("errors.find { it.field == 'parentCode' }.message", containsString("cannot enclose itself"));
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag(path))
                .contentType("application/json")
                .body(region("930000", "930000", "PROVINCE"))
                .put(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("parentCode"));
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag(path))
                .contentType("application/json")
                .body(region("930000", "CN", "COUNTY"))
                .put(path)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("kind")))
                .body("errors[0].message", containsString("930100 is a PREFECTURE"));
        given().get(path).then().body("parentCode", equalTo("CN")).body("kind", equalTo("PROVINCE"));
        assertThat(changes.since(before)).isEmpty();
    }

    @Test
    void withoutATokenAWriteIsUnauthorized() {
        given().contentType("application/json")
                .body(region("990000", "CN", "PROVINCE"))
                .post(REGIONS)
                .then()
                .spec(Problems.http(401, "Unauthorized", REGIONS))
                .header("WWW-Authenticate", "Bearer realm=\"ai-trainer-api\"");
        create(Tokens.expired("admin-1"), region("990000", "CN", "PROVINCE"))
                .then()
                .spec(Problems.http(401, "Unauthorized", REGIONS))
                .header("WWW-Authenticate", "Bearer realm=\"ai-trainer-api\", error=\"invalid_token\"");
        given().get(REGIONS + "/990000").then().statusCode(404);
    }

    @Test
    void regionsAreForAdminsOnly() {
        create(Tokens.editor("partner-a"), region("990000", "CN", "PROVINCE"))
                .then()
                .spec(Problems.http(403, "Forbidden", REGIONS));
        create(Tokens.reader("partner-a"), region("990000", "CN", "PROVINCE"))
                .then()
                .spec(Problems.http(403, "Forbidden", REGIONS));
        String path = REGIONS + "/330122";
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", "*")
                .contentType("application/json")
                .body(region("330122", "330100", "COUNTY"))
                .put(path)
                .then()
                .spec(Problems.http(403, "Forbidden", path));
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", "*")
                .delete(path)
                .then()
                .spec(Problems.http(403, "Forbidden", path));
        given().get(REGIONS + "/990000").then().statusCode(404);
        given().get(path).then().statusCode(200).header("ETag", Tags.ofVersion(1));
    }

    @Test
    void anUnknownRegionIsNotFound() {
        String path = REGIONS + "/989999";
        given().get(path).then().spec(Problems.notFound(path));
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", "*")
                .contentType("application/json")
                .body(region("989999", "CN", "PROVINCE"))
                .put(path)
                .then()
                .spec(Problems.notFound(path));
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", "*")
                .delete(path)
                .then()
                .spec(Problems.notFound(path));
    }

    @Test
    void aTakenCodeIsAConflict() {
        create(Tokens.admin("admin-1"), region("440300", "440000", "PREFECTURE"))
                .then()
                .statusCode(409)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/conflict"))
                .body("conflictsWith", equalTo("440300"));
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndCanMoveARegion() {
        created("920000", "CN", "PROVINCE");
        created("920100", "920000", "PREFECTURE");
        String path = REGIONS + "/920100";
        Map<String, Object> moved = region("920100", "440000", "PREFECTURE");
        moved.put("name", Map.of("zh-CN", "搬过的地区", "en", "Moved region"));

        Preconditions.updateNeedsTheCurrentETag(Tokens.admin("admin-2"), path, moved);

        String etag = etag(path);
        Map<String, Object> recoded = new HashMap<>(moved);
        recoded.put("code", "920200");
        given().auth()
                .oauth2(Tokens.admin("admin-2"))
                .header("If-Match", etag)
                .contentType("application/json")
                .body(recoded)
                .put(path)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("code")));

        long before = changes.latestId();
        given().auth()
                .oauth2(Tokens.admin("admin-2"))
                .header("If-Match", etag)
                .queryParam("lang", "en")
                .contentType("application/json")
                .body(moved)
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", Tags.ofVersion(1))
                .body("name", equalTo("Moved region"))
                .body("parentCode", equalTo("440000"))
                .body("ancestors.code", equalTo(List.of("CN", "440000")));
        assertThat(changes.since(before)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("UPDATE");
            assertThat(row.author()).isEqualTo("admin-2");
            assertThat(row.before()).contains("\"parentCode\": \"920000\"");
            assertThat(row.after()).contains("\"parentCode\": \"440000\"").contains("Moved region");
        });
        given().get(REGIONS + "/920000").then().body("children.size()", equalTo(0));
        given().auth()
                .oauth2(Tokens.admin("admin-2"))
                .header("If-Match", etag)
                .contentType("application/json")
                .body(moved)
                .put(path)
                .then()
                .spec(Problems.http(412, "Precondition Failed", path));
    }

    @Test
    void anAdminDeletesARegionForGood() {
        created("940000", "CN", "PROVINCE");
        String path = REGIONS + "/940000";
        Preconditions.deleteNeedsTheCurrentETag(Tokens.admin("admin-1"), path);
        long before = changes.latestId();
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag(path))
                .delete(path)
                .then()
                .statusCode(204);
        given().get(path).then().spec(Problems.notFound(path));
        assertThat(changes.since(before)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("DELETE");
            assertThat(row.entityId()).isEqualTo("940000");
            assertThat(row.author()).isEqualTo("admin-1");
            assertThat(row.before()).contains("\"Test region 940000\"");
            assertThat(row.after()).isNull();
        });
    }

    @Test
    void aRegionWithRegionsInsideItCannotBeDeleted() {
        String path = REGIONS + "/440000";
        long before = changes.latestId();
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag(path))
                .delete(path)
                .then()
                .statusCode(409)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/conflict"))
                .body("conflictsWith", equalTo("440100"));
        given().get(path).then().statusCode(200);
        assertThat(changes.since(before)).isEmpty();
    }

    @Test
    void aRegionOfASalaryRangeCannotBeDeleted() {
        created("950000", "CN", "PROVINCE");
        Map<String, Object> salary = Map.of(
                "role", Map.of("zh-CN", "测试岗位", "en", "Test role"),
                "region", "950000",
                "min", Map.of("amount", 5000, "currency", "CNY"),
                "period", "MONTH",
                "statistic", "AVERAGE",
                "sourceId", "seed-article",
                "verification", "UNCONFIRMED");
        String id = given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .contentType("application/json")
                .body(salary)
                .post("/api/v1/salary-ranges")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = REGIONS + "/950000";
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag(path))
                .delete(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/conflict"))
                .body("conflictsWith", equalTo(id));
        given().get(path).then().statusCode(200);
    }

    @Test
    void aRegionOfADeletedPolicyCannotBeDeleted() {
        created("960000", "CN", "PROVINCE");
        Map<String, Object> policy = Map.of(
                "id", "wt-region-history-policy",
                "title", Map.of("zh-CN", "测试政策", "en", "Test policy"),
                "category", "SKILL_SUBSIDY",
                "scope", "PROVINCIAL",
                "region", "960000",
                "summary", Map.of("zh-CN", "用于测试的政策。", "en", "A policy for tests."),
                "sourceId", "seed-article",
                "verification", "UNCONFIRMED");
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .contentType("application/json")
                .body(policy)
                .post("/api/v1/policies")
                .then()
                .statusCode(201);
        String policyPath = "/api/v1/policies/wt-region-history-policy";
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag(policyPath))
                .delete(policyPath)
                .then()
                .statusCode(204);

        String path = REGIONS + "/960000";
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag(path))
                .delete(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/conflict"))
                .body("conflictsWith", equalTo("wt-region-history-policy"));
        given().get(path).then().statusCode(200);
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstResponse() {
        long before = changes.latestId();
        Map<String, Object> body = region("970000", "CN", "PROVINCE");
        Response first = given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("Idempotency-Key", "wt-region-key-1")
                .contentType("application/json")
                .body(body)
                .post(REGIONS);
        first.then().statusCode(201);
        Response again = given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("Idempotency-Key", "wt-region-key-1")
                .contentType("application/json")
                .body(body)
                .post(REGIONS);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(changes.since(before)).hasSize(1);

        Map<String, Object> other = region("970000", "CN", "PROVINCE");
        other.put("name", Map.of("zh-CN", "别的名字", "en", "Another name"));
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("Idempotency-Key", "wt-region-key-1")
                .contentType("application/json")
                .body(other)
                .post(REGIONS)
                .then()
                .statusCode(422)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        given().get(REGIONS + "/970000").then().body("name", equalTo("测试地区970000"));
        assertThat(changes.since(before)).hasSize(1);
    }
}
