package org.aitrainer.api.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.support.ChangeRows;
import org.aitrainer.api.support.PolicyBodies;
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
class PolicyWriteTest {

    static final String POLICIES = "/api/v1/policies";

    @Inject
    ChangeRows changes;

    @Test
    void anEditorCreatesAPolicy() {
        long before = changes.latestId();
        String location = PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("write-test-create"))
                .then()
                .statusCode(201)
                .header("Location", matchesPattern("http://[^/]+/api/v1/policies/write-test-create"))
                .header("ETag", Tags.ofVersion(0))
                .body("id", equalTo("write-test-create"))
                .body("title", equalTo("测试政策"))
                .body("region.code", equalTo("440300"))
                .body("benefits.size()", equalTo(0))
                .extract()
                .header("Location");

        given().queryParam("lang", "en")
                .get(location)
                .then()
                .statusCode(200)
                .body("title", equalTo("Test policy"))
                .header("ETag", Tags.ofVersion(0));
        List<ChangeRows.Row> rows = changes.since(before);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).author()).isEqualTo("partner-a");
        assertThat(rows.get(0).entityType()).isEqualTo("policy");
        assertThat(rows.get(0).entityId()).isEqualTo("write-test-create");
        assertThat(rows.get(0).action()).isEqualTo("CREATE");
        assertThat(rows.get(0).before()).isNull();
        assertThat(rows.get(0).after()).contains("\"Test policy\"").contains("\"sz-repost-cdhao\"");
    }

    @Test
    void anInvalidPolicyIsRejectedFieldByFieldAndNothingIsWritten() {
        long before = changes.latestId();
        Map<String, Object> body = new java.util.HashMap<>(PolicyBodies.policy("Not A Slug"));
        body.remove("title");
        body.put("region", "999999");
        body.put("sourceId", "no-such-source");
        body.put("effectiveTo", "2024-12-31");
        PolicyBodies.create(Tokens.editor("partner-a"), body)
                .then()
                .statusCode(400)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/invalid-body"))
                .body("title", equalTo("Invalid request body"))
                .body("errors.field", hasItems("id", "title"));
        Map<String, Object> wellFormed = new java.util.HashMap<>(PolicyBodies.policy("write-test-invalid"));
        wellFormed.put("region", "999999");
        wellFormed.put("sourceId", "no-such-source");
        wellFormed.put("effectiveTo", "2024-12-31");
        PolicyBodies.create(Tokens.editor("partner-a"), wellFormed)
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.field", hasItems("region", "sourceId", "effectiveTo"))
                .body("errors.find { it.field == 'effectiveTo' }.message", equalTo("must not be before effectiveFrom"));
        given().get(POLICIES + "/write-test-invalid").then().statusCode(404);
        assertThat(changes.since(before)).isEmpty();
    }

    @Test
    void anUnknownCategoryNamesTheField() {
        Map<String, Object> body = new java.util.HashMap<>(PolicyBodies.policy("write-test-category"));
        body.put("category", "FREE_LUNCH");
        PolicyBodies.create(Tokens.editor("partner-a"), body)
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", containsString("SKILL_SUBSIDY"));
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .contentType("application/json")
                .body("{\"id\": ")
                .post(POLICIES)
                .then()
                .spec(Problems.http(400, "Bad Request", POLICIES));
    }

    @Test
    void aBodyLargerThan64KibIsTooLarge() {
        Map<String, Object> body = new java.util.HashMap<>(PolicyBodies.policy("write-test-large"));
        body.put("summary", Map.of("zh-CN", "长".repeat(40_000), "en", "long"));
        PolicyBodies.create(Tokens.editor("partner-a"), body)
                .then()
                .statusCode(413)
                .contentType(Problems.MEDIA_TYPE)
                .body("status", equalTo(413))
                .body("title", equalTo("Content Too Large"));
        given().get(POLICIES + "/write-test-large").then().statusCode(404);
    }

    @Test
    void withoutATokenAWriteIsUnauthorized() {
        given().contentType("application/json")
                .body(PolicyBodies.policy("write-test-anonymous"))
                .post(POLICIES)
                .then()
                .spec(Problems.http(401, "Unauthorized", POLICIES))
                .header("WWW-Authenticate", "Bearer realm=\"ai-trainer-api\"");
    }

    @Test
    void aBadTokenIsUnauthorized() {
        for (String token : List.of(
                Tokens.expired("partner-a"),
                Tokens.foreign("partner-a"),
                Tokens.fromOtherIssuer("partner-a"),
                "not-a-jwt")) {
            PolicyBodies.create(token, PolicyBodies.policy("write-test-bad-token"))
                    .then()
                    .spec(Problems.http(401, "Unauthorized", POLICIES))
                    .header("WWW-Authenticate", "Bearer realm=\"ai-trainer-api\", error=\"invalid_token\"");
        }
        given().get(POLICIES + "/write-test-bad-token").then().statusCode(404);
    }

    @Test
    void aTokenWithoutTheRoleIsForbidden() {
        PolicyBodies.create(Tokens.reader("partner-a"), PolicyBodies.policy("write-test-reader"))
                .then()
                .spec(Problems.http(403, "Forbidden", POLICIES));
        PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("write-test-editor-delete"))
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", "*")
                .delete(POLICIES + "/write-test-editor-delete")
                .then()
                .spec(Problems.http(403, "Forbidden", POLICIES + "/write-test-editor-delete"));
    }

    @Test
    void aTakenIdIsAConflict() {
        PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("shenzhen-skill-certificate-subsidy"))
                .then()
                .statusCode(409)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", equalTo("The id 'shenzhen-skill-certificate-subsidy' is taken by another policy"))
                .body("conflictsWith", equalTo("shenzhen-skill-certificate-subsidy"));
    }

    @Test
    void anUpdateNeedsTheCurrentETag() {
        PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("write-test-update"))
                .then()
                .statusCode(201);
        String path = POLICIES + "/write-test-update";
        Map<String, Object> changed = new java.util.HashMap<>(PolicyBodies.policy("write-test-update"));
        changed.put("title", Map.of("zh-CN", "改过的政策", "en", "Changed policy"));

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
                .body("title", equalTo("Changed policy"))
                .header("ETag", Tags.ofVersion(1));
        List<ChangeRows.Row> rows = changes.since(before);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("UPDATE");
            assertThat(row.author()).isEqualTo("partner-b");
            assertThat(row.before()).contains("Test policy");
            assertThat(row.after()).contains("Changed policy");
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
    void anAdminDeletesAPolicySoftly() {
        PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("write-test-delete"))
                .then()
                .statusCode(201);
        String path = POLICIES + "/write-test-delete";
        String etag = given().get(path).then().extract().header("ETag");
        long before = changes.latestId();
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag)
                .delete(path)
                .then()
                .statusCode(204);
        given().get(path).then().spec(Problems.notFound(path));
        given().queryParam("q", "write-test-delete").get(POLICIES).then().body("page.totalItems", equalTo(0));
        assertThat(changes.since(before)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("DELETE");
            assertThat(row.after()).isNull();
            assertThat(row.author()).isEqualTo("admin-1");
        });
        PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("write-test-delete"))
                .then()
                .statusCode(409);
    }
}
