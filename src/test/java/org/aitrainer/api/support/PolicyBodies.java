package org.aitrainer.api.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Map;

/** Request bodies and calls that tests of the write API share. */
public final class PolicyBodies {

    private PolicyBodies() {}

    /** A valid policy in Shenzhen with the given id. */
    public static Map<String, Object> policy(String id) {
        return Map.ofEntries(
                Map.entry("id", id),
                Map.entry("title", Map.of("zh-CN", "测试政策", "en", "Test policy")),
                Map.entry("category", "SKILL_SUBSIDY"),
                Map.entry("scope", "MUNICIPAL"),
                Map.entry("region", "440300"),
                Map.entry("effectiveFrom", "2025-01-01"),
                Map.entry("summary", Map.of("zh-CN", "用于测试的政策。", "en", "A policy for tests.")),
                Map.entry("sourceId", "sz-repost-cdhao"),
                Map.entry("verification", "REPORTED"));
    }

    /** The current ETag of a resource, as a client reads it before a conditional write. */
    public static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    public static Response create(String token, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/policies");
    }
}
