package org.aitrainer.api.snapshot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.ResponseSpecification;
import java.time.Instant;
import java.util.Map;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;

/**
 * The version parameters on the data as the migrations load it: version 107 (migration V4) is before the earliest
 * version kept, 151 (migration V5) is the earliest and the latest.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class VersionParametersTest {

    static final long EARLIEST = 151;

    private static ResponseSpecification versionProblem(int status, String instance, String field) {
        return new io.restassured.builder.ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType(Problems.MEDIA_TYPE)
                .expectHeader("Cache-Control", "no-store")
                .expectBody("status", equalTo(status))
                .expectBody("type", equalTo(status == 410 ? "/problems/version-gone" : "/problems/version-not-found"))
                .expectBody("title", equalTo(status == 410 ? "Data version gone" : "Data version not found"))
                .expectBody("instance", Problems.instance(instance))
                .expectBody("errors.field", contains(field))
                .build();
    }

    @Test
    void theLatestVersionIsAnsweredAsTheCurrentDataWithImmutableCaching() {
        String current =
                given().get("/api/v1/levels").then().statusCode(200).extract().asString();
        String etag = given().get("/api/v1/levels").then().extract().header("ETag");

        given().get("/api/v1/levels?version=" + EARLIEST)
                .then()
                .statusCode(200)
                .header("X-Data-Version", String.valueOf(EARLIEST))
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("ETag", etag)
                .body(equalTo(current));
        given().header("If-None-Match", etag)
                .get("/api/v1/levels?version=" + EARLIEST)
                .then()
                .statusCode(304)
                .header("Cache-Control", "public, max-age=31536000, immutable");
    }

    @Test
    void aReadWithCredentialsAtAPastVersionIsNotStored() {
        given().auth()
                .oauth2(org.aitrainer.api.support.Tokens.reader("reader-1"))
                .get("/api/v1/levels?version=" + EARLIEST)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Data-Version", String.valueOf(EARLIEST));
    }

    @Test
    void knownAtNowNamesTheLatestVersion() {
        given().queryParam("knownAt", Instant.now().toString())
                .get("/api/v1/sources/sz-repost-cdhao")
                .then()
                .statusCode(200)
                .header("X-Data-Version", String.valueOf(EARLIEST))
                .header("Cache-Control", "public, max-age=31536000, immutable");
    }

    @Test
    void aVersionThatIsNotANumberIsA400() {
        for (String bad : new String[] {"abc", "-1", "1.5", "1e3", "9999999999999999999", " 151", "０"}) {
            given().queryParam("version", bad)
                    .get("/api/v1/levels")
                    .then()
                    .spec(Problems.invalidParameter("/api/v1/levels", "version"))
                    .body("errors[0].message", containsString("must be a data version"));
        }
    }

    @Test
    void aBlankVersionIsAbsent() {
        given().queryParam("version", "")
                .queryParam("knownAt", " ")
                .get("/api/v1/levels")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=300");
    }

    @Test
    void aVersionGivenTwiceOrWithKnownAtIsA400() {
        given().get("/api/v1/levels?version=151&version=151")
                .then()
                .spec(Problems.invalidParameter("/api/v1/levels", "version"))
                .body("errors[0].message", equalTo("must be given once, not 2 times"));
        given().get("/api/v1/levels?version=151&knownAt=2026-01-01T00:00:00Z")
                .then()
                .spec(Problems.invalidParameter("/api/v1/levels", "knownAt"))
                .body("errors[0].message", equalTo("must not be given with version: give one of them"));
    }

    @Test
    void aVersionFromTheFutureIsA404() {
        given().get("/api/v1/policies/shenzhen-skill-certificate-subsidy?version=900000")
                .then()
                .spec(versionProblem(404, "/api/v1/policies/shenzhen-skill-certificate-subsidy", "version"))
                .body("detail", equalTo("Data version 900000 has not been committed; the latest is 151"));
    }

    @Test
    void aVersionBeforeTheEarliestIsA410() {
        for (String before : new String[] {"0", "1", "107", "150"}) {
            given().get("/api/v1/subsidies?version=" + before)
                    .then()
                    .spec(versionProblem(410, "/api/v1/subsidies", "version"))
                    .body("detail", containsString("ask for 151 or later"));
        }
    }

    @Test
    void knownAtInTheFutureOrMalformedIsA400AndBeforeTheFirstVersionA410() {
        given().queryParam("knownAt", Instant.now().plusSeconds(3600).toString())
                .get("/api/v1/levels")
                .then()
                .spec(Problems.invalidParameter("/api/v1/levels", "knownAt"))
                .body("errors[0].message", containsString("must not be in the future"));
        given().queryParam("knownAt", "yesterday")
                .get("/api/v1/levels")
                .then()
                .spec(Problems.invalidParameter("/api/v1/levels", "knownAt"))
                .body("errors[0].message", containsString("must be an instant with its offset"));
        given().queryParam("knownAt", "2000-01-01T00:00:00+08:00")
                .get("/api/v1/levels")
                .then()
                .spec(versionProblem(410, "/api/v1/levels", "knownAt"));
    }

    @Test
    void theStreamTakesNoVersion() {
        given().get("/api/v1/changes/stream?version=151")
                .then()
                .spec(Problems.invalidParameter("/api/v1/changes/stream", "version"))
                .body("errors[0].message", containsString("resume it from a change with after or Last-Event-ID"));
    }

    @Test
    void estimatesTakeDataVersion() {
        Map<String, Object> situation = Map.of("region", "440300", "level", 3, "certificateIssuedOn", "2025-06-01");
        given().contentType("application/json")
                .body(situation)
                .post("/api/v1/subsidy-estimates?dataVersion=" + EARLIEST)
                .then()
                .statusCode(200)
                .header("X-Data-Version", String.valueOf(EARLIEST))
                .header("Cache-Control", "no-store")
                .body("dataVersion", equalTo((int) EARLIEST));
        given().contentType("application/json")
                .body(situation)
                .post("/api/v1/subsidy-estimates?dataVersion=x")
                .then()
                .spec(Problems.invalidParameter("/api/v1/subsidy-estimates", "dataVersion"));
        given().contentType("application/json")
                .body(situation)
                .post("/api/v1/subsidy-estimates?dataVersion=107")
                .then()
                .spec(versionProblem(410, "/api/v1/subsidy-estimates", "dataVersion"));
    }

    @Test
    void theVersionsAreListedNewestFirstWithTheMigrationsAndWhatCanBeRebuilt() {
        given().get("/api/v1/versions")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-cache")
                .header("Link", containsString("/api/v1/versions?page=1>; rel=\"first\""))
                .body("page.totalItems", equalTo(2))
                .body("items.version", contains(151, 107))
                .body("items.rebuildable", contains(true, false))
                .body("items.created", contains(44, 96))
                .body("items.updated", contains(0, 11))
                .body("items.deleted", contains(0, 0))
                .body(
                        "items.changes",
                        contains("/api/v1/changes?since=107&limit=44", "/api/v1/changes?since=0&limit=107"))
                .body("items[0].author", nullValue());
        given().get("/api/v1/versions?size=1&page=2")
                .then()
                .statusCode(200)
                .body("items.version", contains(107))
                .body("page.totalPages", equalTo(2));
        given().get("/api/v1/versions?size=0").then().spec(Problems.invalidParameter("/api/v1/versions", "size"));
    }

    @Test
    void aVersionsLinkToTheFeedListsItsChanges() {
        given().get("/api/v1/changes?since=107&limit=44")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(44))
                .body("items.version.unique()", contains(151))
                .body("hasMore", equalTo(false));
    }
}
