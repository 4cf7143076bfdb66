package org.aitrainer.api.source;

import static io.restassured.RestAssured.given;
import static org.aitrainer.api.support.PolicyBodies.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
public class SourceWriteTest {

    static final String SOURCES = "/api/v1/sources";

    @Inject
    ChangeRows changes;

    public static Map<String, Object> source(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("title", Map.of("zh-CN", "测试来源", "en", "Test source"));
        body.put("publisher", Map.of("zh-CN", "测试出版者", "en", "Test publisher"));
        body.put("url", "https://example.org/wt/" + id);
        body.put("publishedOn", "2025-01-15");
        body.put("accessedOn", "2025-06-01");
        body.put("note", null);
        return body;
    }

    /** POST /api/v1/sources with that token and body. */
    public static Response create(String token, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .post(SOURCES);
    }

    @Test
    void anEditorCreatesASource() {
        long before = changes.latestId();
        String location = create(Tokens.editor("partner-a"), source("wt-source-create"))
                .then()
                .statusCode(201)
                .header("Location", matchesPattern("http://[^/]+/api/v1/sources/wt-source-create"))
                .header("ETag", Tags.ofVersion(0))
                .body("id", equalTo("wt-source-create"))
                .body("title", equalTo("测试来源"))
                .body("publisher", equalTo("测试出版者"))
                .body("url", equalTo("https://example.org/wt/wt-source-create"))
                .body("publishedOn", equalTo("2025-01-15"))
                .body("accessedOn", equalTo("2025-06-01"))
                .body("note", nullValue())
                .extract()
                .header("Location");

        given().queryParam("lang", "en")
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", Tags.ofVersion(0))
                .body("title", equalTo("Test source"));
        assertThat(changes.since(before)).singleElement().satisfies(row -> {
            assertThat(row.author()).isEqualTo("partner-a");
            assertThat(row.entityType()).isEqualTo("source");
            assertThat(row.entityId()).isEqualTo("wt-source-create");
            assertThat(row.action()).isEqualTo("CREATE");
            assertThat(row.before()).isNull();
            assertThat(row.after()).contains("\"Test source\"").contains("\"2025-01-15\"");
        });
    }

    @Test
    void aSeededSourceHasAnETag() {
        given().get(SOURCES + "/nosc-2021").then().statusCode(200).header("ETag", Tags.ofVersion(1));
    }

    @Test
    void anInvalidSourceIsRejectedFieldByFieldAndNothingIsWritten() {
        long before = changes.latestId();
        Map<String, Object> body = source("Not A Slug");
        body.remove("title");
        body.put("url", "ftp://example.org/file");
        body.put("note", Map.of("zh-CN", "只有中文"));
        create(Tokens.editor("partner-a"), body)
                .then()
                .statusCode(400)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/invalid-body"))
                .body("detail", equalTo("4 fields are invalid; errors lists each"))
                .body("errors.field", containsInAnyOrder("id", "title", "url", "note.en"));

        Map<String, Object> backwards = source("wt-source-invalid");
        backwards.put("accessedOn", "2024-01-01");
        create(Tokens.editor("partner-a"), backwards)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("accessedOn")))
                .body("errors[0].message", equalTo("must not be before publishedOn"));
        given().get(SOURCES + "/wt-source-invalid").then().statusCode(404);
        assertThat(changes.since(before)).isEmpty();
    }

    @Test
    void withoutATokenAWriteIsUnauthorized() {
        given().contentType("application/json")
                .body(source("wt-source-anonymous"))
                .post(SOURCES)
                .then()
                .spec(Problems.http(401, "Unauthorized", SOURCES))
                .header("WWW-Authenticate", "Bearer realm=\"ai-trainer-api\"");
        create(Tokens.fromOtherIssuer("partner-a"), source("wt-source-bad-token"))
                .then()
                .spec(Problems.http(401, "Unauthorized", SOURCES))
                .header("WWW-Authenticate", "Bearer realm=\"ai-trainer-api\", error=\"invalid_token\"");
        given().get(SOURCES + "/wt-source-anonymous").then().statusCode(404);
        given().get(SOURCES + "/wt-source-bad-token").then().statusCode(404);
    }

    @Test
    void aTokenWithoutTheRoleIsForbidden() {
        create(Tokens.reader("partner-a"), source("wt-source-reader"))
                .then()
                .spec(Problems.http(403, "Forbidden", SOURCES));
        create(Tokens.editor("partner-a"), source("wt-source-editor-delete"))
                .then()
                .statusCode(201);
        String path = SOURCES + "/wt-source-editor-delete";
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", "*")
                .delete(path)
                .then()
                .spec(Problems.http(403, "Forbidden", path));
        given().get(path).then().statusCode(200);
    }

    @Test
    void anUnknownSourceIsNotFound() {
        String path = SOURCES + "/wt-source-unknown";
        given().get(path).then().spec(Problems.notFound(path));
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", "*")
                .contentType("application/json")
                .body(source("wt-source-unknown"))
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
    void aTakenIdIsAConflict() {
        long before = changes.latestId();
        create(Tokens.editor("partner-a"), source("nosc-2021"))
                .then()
                .statusCode(409)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/conflict"))
                .body("conflictsWith", equalTo("nosc-2021"));
        assertThat(changes.since(before)).isEmpty();
    }

    @Test
    void anUpdateNeedsTheCurrentETag() {
        create(Tokens.editor("partner-a"), source("wt-source-update")).then().statusCode(201);
        String path = SOURCES + "/wt-source-update";
        Map<String, Object> changed = source("wt-source-update");
        changed.put("title", Map.of("zh-CN", "改过的来源", "en", "Changed source"));
        changed.put("url", null);

        Preconditions.updateNeedsTheCurrentETag(Tokens.editor("partner-b"), path, changed);

        String etag = etag(path);
        Map<String, Object> renamed = new HashMap<>(changed);
        renamed.put("id", "wt-source-renamed");
        given().auth()
                .oauth2(Tokens.editor("partner-b"))
                .header("If-Match", etag)
                .contentType("application/json")
                .body(renamed)
                .put(path)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("id")));

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
                .body("title", equalTo("Changed source"))
                .body("url", nullValue());
        assertThat(changes.since(before)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("UPDATE");
            assertThat(row.author()).isEqualTo("partner-b");
            assertThat(row.before()).contains("Test source");
            assertThat(row.after()).contains("Changed source");
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
    void anAdminDeletesAnUncitedSourceForGood() {
        create(Tokens.editor("partner-a"), source("wt-source-delete")).then().statusCode(201);
        String path = SOURCES + "/wt-source-delete";
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
            assertThat(row.entityId()).isEqualTo("wt-source-delete");
            assertThat(row.author()).isEqualTo("admin-1");
            assertThat(row.before()).contains("\"Test source\"");
            assertThat(row.after()).isNull();
        });
    }

    @Test
    void aCitedSourceCannotBeDeleted() {
        String path = SOURCES + "/hubei-2024-catalogue";
        long before = changes.latestId();
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag(path))
                .delete(path)
                .then()
                .statusCode(409)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("salary range"));
        given().get(path).then().statusCode(200);
        assertThat(changes.since(before)).isEmpty();
    }

    @Test
    void aSourceCitedOnlyByADeletedPolicyCannotBeDeleted() {
        create(Tokens.editor("partner-a"), source("wt-source-history")).then().statusCode(201);
        Map<String, Object> policy = new HashMap<>(PolicyBodies.policy("wt-source-history-policy"));
        policy.put("sourceId", "wt-source-history");
        PolicyBodies.create(Tokens.editor("partner-a"), policy).then().statusCode(201);
        String policyPath = "/api/v1/policies/wt-source-history-policy";
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag(policyPath))
                .delete(policyPath)
                .then()
                .statusCode(204);

        String path = SOURCES + "/wt-source-history";
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag(path))
                .delete(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("1 policy record"));
        given().get(path).then().statusCode(200);
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstResponse() {
        long before = changes.latestId();
        Map<String, Object> body = source("wt-source-idempotent");
        Response first = given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("Idempotency-Key", "wt-source-key-1")
                .contentType("application/json")
                .body(body)
                .post(SOURCES);
        first.then().statusCode(201);
        Response again = given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("Idempotency-Key", "wt-source-key-1")
                .contentType("application/json")
                .body(body)
                .post(SOURCES);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(changes.since(before)).hasSize(1);

        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("Idempotency-Key", "wt-source-key-1")
                .contentType("application/json")
                .body(source("wt-source-idempotent-other"))
                .post(SOURCES)
                .then()
                .statusCode(422)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        given().get(SOURCES + "/wt-source-idempotent-other").then().statusCode(404);
        assertThat(changes.since(before)).hasSize(1);
    }
}
