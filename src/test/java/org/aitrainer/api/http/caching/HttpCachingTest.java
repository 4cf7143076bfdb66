package org.aitrainer.api.http.caching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.Tags;
import org.aitrainer.api.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP caching contract of reads: validators, freshness, 304, Vary, credentials and CORS. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class HttpCachingTest {

    static final String PUBLIC = "public, max-age=300";
    static final String VARY = "Accept, Accept-Language, Origin";

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/v1",
                "/api/v1/occupation",
                "/api/v1/levels",
                "/api/v1/levels/3",
                "/api/v1/work-types",
                "/api/v1/work-types/data-annotator",
                "/api/v1/duties?level=3",
                "/api/v1/duties/l3-intelligent-training",
                "/api/v1/salary-ranges",
                "/api/v1/policies?region=440300&on=2025-06-01",
                "/api/v1/subsidies?region=440300&level=3&on=2025-03-01",
                "/api/v1/regions",
                "/api/v1/sources"
            })
    void everyReadCarriesAStrongETagAndIsPublicForFiveMinutes(String path) {
        for (int i = 0; i < 2; i++) { // the first answer is computed, the second comes from memory
            given().get(path)
                    .then()
                    .statusCode(200)
                    .header("ETag", Tags.digest())
                    .header("Cache-Control", PUBLIC)
                    .header("Vary", VARY)
                    .header("Content-Type", "application/json;charset=UTF-8");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/v1/policies/shenzhen-skill-certificate-subsidy",
                "/api/v1/regions/440300",
                "/api/v1/sources/nosc-2021"
            })
    void aWritableResourcesTagStartsWithItsVersion(String path) {
        given().get(path)
                .then()
                .statusCode(200)
                .header("ETag", Tags.ofVersion(1))
                .header("Cache-Control", PUBLIC);
    }

    @Test
    void theChangeFeedMustBeRevalidatedBeforeEachUse() {
        String etag = given().get("/api/v1/changes")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-cache")
                .header("ETag", Tags.digest())
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/changes").then().statusCode(304);
    }

    @Test
    void equalResponsesHaveEqualTags() {
        String path = "/api/v1/levels?sort=level";
        String computed = given().get(path).then().statusCode(200).extract().header("ETag");
        String recomputed = given().get(path).then().statusCode(200).extract().header("ETag");
        assertThat(recomputed).isEqualTo(computed);
        // Another spelling of the same request: the same representation, the same tag.
        assertThat(given().header("Accept-Language", "zh")
                        .get(path)
                        .then()
                        .extract()
                        .header("ETag"))
                .isEqualTo(computed);
    }

    @Test
    void theTagChangesWithLanguagePageAndFilters() {
        List<String> tags = List.of(
                tag("/api/v1/policies"),
                tag("/api/v1/policies?lang=en"),
                tag("/api/v1/policies?size=2"),
                tag("/api/v1/policies?size=2&page=2"),
                tag("/api/v1/policies?region=440300"),
                tag("/api/v1/policies?region=440300&on=2025-06-01"),
                tag("/api/v1/policies?region=440300&on=2020-01-01"));
        assertThat(tags).doesNotHaveDuplicates();
        // Two spellings of English: one representation, one tag (unlike ?lang=en, which the links carry on).
        assertThat(given().header("Accept-Language", "en-GB,en;q=0.9")
                        .get("/api/v1/policies")
                        .then()
                        .extract()
                        .header("ETag"))
                .isEqualTo(given().header("Accept-Language", "en")
                        .get("/api/v1/policies")
                        .then()
                        .extract()
                        .header("ETag"))
                .isNotIn(tags);
    }

    @Test
    void aCurrentTagGets304WithTheValidatorsAndNoBody() {
        String path = "/api/v1/duties?level=3";
        String etag = tag(path);
        for (int twice = 0; twice < 2; twice++) {
            Response response = given().header("If-None-Match", etag).get(path);
            response.then()
                    .statusCode(304)
                    .header("ETag", etag)
                    .header("Cache-Control", PUBLIC)
                    .header("Vary", VARY)
                    .header("Content-Type", nullValue())
                    .header("Link", nullValue())
                    .body(emptyString());
        }
    }

    @ParameterizedTest(name = "If-None-Match: {0}")
    @ValueSource(strings = {"*", "W/%s", "\"other\", %s", "\"a\",%s ,\"b\""})
    void ifNoneMatchComparesWeaklyAndTakesLists(String template) {
        String path = "/api/v1/levels/5";
        String etag = tag(path);
        given().header("If-None-Match", template.replace("%s", etag))
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .body(emptyString());
    }

    @ParameterizedTest(name = "If-None-Match: {0}")
    @ValueSource(strings = {"\"stale\"", "W/\"stale\"", "not a tag", "\"unterminated", ""})
    void aStaleOrMalformedTagGetsTheFullResponse(String ifNoneMatch) {
        String path = "/api/v1/levels/5";
        String etag = tag(path);
        given().header("If-None-Match", ifNoneMatch)
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("level", equalTo(5));
    }

    @Test
    void aTagFromTheOtherLanguageIsNotCurrent() {
        String chinese = tag("/api/v1/levels/5");
        given().queryParam("lang", "en")
                .header("If-None-Match", chinese)
                .get("/api/v1/levels/5")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .header("ETag", not(equalTo(chinese)));
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        String path = "/api/v1/work-types";
        String etag = tag(path);
        given().head(path)
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .header("Cache-Control", PUBLIC)
                .body(emptyString());
        given().header("If-None-Match", etag).head(path).then().statusCode(304).header("ETag", etag);
    }

    @Test
    void aRequestWithCredentialsMayNotBeStored() {
        String path = "/api/v1/levels?sort=trainingHours";
        String etag = given().auth()
                .oauth2(Tokens.reader("reader-1"))
                .get(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("ETag", Tags.digest())
                .extract()
                .header("ETag");
        given().get(path).then().statusCode(200).header("Cache-Control", PUBLIC).header("ETag", etag);
        given().auth()
                .oauth2(Tokens.reader("reader-1"))
                .get(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store");
        given().auth()
                .oauth2(Tokens.reader("reader-1"))
                .header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(304)
                .header("Cache-Control", "no-store");
    }

    @Test
    void problemsAreNeverStoredOrTagged() {
        for (int i = 0; i < 2; i++) {
            given().get("/api/v1/levels/9")
                    .then()
                    .spec(Problems.notFound("/api/v1/levels/9"))
                    .header("Cache-Control", "no-store")
                    .header("ETag", nullValue())
                    .header("Vary", VARY);
            given().queryParam("level", "nine")
                    .get("/api/v1/subsidies")
                    .then()
                    .spec(Problems.invalidParameter("/api/v1/subsidies", "level"))
                    .header("Cache-Control", "no-store")
                    .header("ETag", nullValue());
        }
    }

    @Test
    void browsersMayReadTheCachingHeaders() {
        given().header("Origin", "https://front-end.example")
                .get("/api/v1/levels")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://front-end.example")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("Content-Language"))
                .header("Vary", containsString("Origin"));
        String allowed = given().header("Origin", "https://front-end.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match, Accept-Language")
                .options("/api/v1/levels")
                .then()
                .statusCode(200)
                .extract()
                .header("Access-Control-Allow-Headers");
        assertThat(Arrays.asList(allowed.split(","))).contains("If-None-Match", "Accept-Language");
    }

    private static String tag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
