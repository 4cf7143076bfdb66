package org.aitrainer.api.write;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With aitrainer.cors.write-origins set, browser apps of other origins may read but not write. */
@QuarkusTest
@TestProfile(WriteOriginsTest.PartnerOrigins.class)
@WithTestResource(PostgresResource.class)
class WriteOriginsTest {

    static final String PARTNER = "https://partner.example";
    static final String OTHER = "https://other.example";
    static final String POLICY = "/api/v1/policies/shenzhen-skill-certificate-subsidy";

    /** Two origins may write; the second is written with a trailing slash, as people do. */
    public static class PartnerOrigins implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aitrainer.cors.write-origins", PARTNER + ", https://admin.partner.example/");
        }
    }

    @Test
    void anyOriginStillReads() {
        given().header("Origin", OTHER).get(POLICY).then().statusCode(200).header("Access-Control-Allow-Origin", OTHER);
        given().header("Origin", OTHER)
                .header("Access-Control-Request-Method", "GET")
                .options(POLICY)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", OTHER);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void aWriteFromAnotherOriginIsForbiddenBeforeAnythingElse(String method) {
        String path = method.equals("POST") ? "/api/v1/policies" : POLICY;
        given().header("Origin", OTHER)
                .auth()
                .oauth2(Tokens.admin("admin-1"))
                .contentType("application/json")
                .body("{}")
                .request(method, path)
                .then()
                .spec(Problems.http(403, "Forbidden", path))
                .header("Access-Control-Allow-Origin", OTHER)
                .body(
                        "detail",
                        equalTo("Browser apps from the origin https://other.example may read this API but "
                                + "not write to it"));
    }

    /** An estimate is a POST that writes nothing: any origin may ask for one, its preflight included. */
    @Test
    void anyOriginMayAskForAnEstimate() {
        given().header("Origin", OTHER)
                .contentType("application/json")
                .body(Map.of("region", "CN", "level", 3, "certificateIssuedOn", "2024-03-01"))
                .post("/api/v1/subsidy-estimates")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", OTHER);
        given().header("Origin", OTHER)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/api/v1/subsidy-estimates/batch")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", OTHER);
    }

    @Test
    void itsPreflightIsRefused() {
        given().header("Origin", OTHER)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type, If-Match")
                .options(POLICY)
                .then()
                .spec(Problems.http(403, "Forbidden", POLICY))
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PARTNER, "https://admin.partner.example", "HTTPS://PARTNER.EXAMPLE"})
    void aListedOriginMayWrite(String origin) {
        String methods = given().header("Origin", origin)
                .header("Access-Control-Request-Method", "DELETE")
                .options(POLICY)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", origin)
                .extract()
                .header("Access-Control-Allow-Methods");
        assertThat(methods).contains("DELETE");
        given().header("Origin", origin)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/policies")
                .then()
                .statusCode(401)
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void requestsWithoutAnOriginDoNotComeFromBrowserAppsAndAreNotAffected() {
        given().contentType("application/json")
                .body("{}")
                .post("/api/v1/policies")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }
}
