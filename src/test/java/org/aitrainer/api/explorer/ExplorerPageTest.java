package org.aitrainer.api.explorer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The career explorer's files as HTTP serves them: the page at /, its modules and style sheet, each with the policy
 * that keeps the page to its own origin and a cache lifetime as short as the API's. What the page does is tested in
 * a browser by ExplorerPageIT.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ExplorerPageTest {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Test
    void thePageIsServedAtTheRoot() {
        given().get("/")
                .then()
                .statusCode(200)
                .contentType("text/html;charset=UTF-8")
                .header("Content-Security-Policy", POLICY)
                .header("Cache-Control", "public, immutable, max-age=300")
                .header("X-Content-Type-Options", "nosniff")
                .body(startsWith("<!doctype html>\n<html lang=\"zh-CN\">"))
                .body(containsString("<script type=\"module\" src=\"explorer/main.js\"></script>"))
                .body(containsString("<link rel=\"stylesheet\" href=\"explorer/explorer.css\">"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/index.html,              text/html;charset=UTF-8",
        "/explorer/main.js,        text/javascript;charset=UTF-8",
        "/explorer/api.js,         text/javascript;charset=UTF-8",
        "/explorer/subsidies.js,   text/javascript;charset=UTF-8",
        "/explorer/eligibility.js, text/javascript;charset=UTF-8",
        "/explorer/explorer.css,   text/css;charset=UTF-8",
        "/explorer/icon.svg,       image/svg+xml"
    })
    void itsFilesCarryThePolicyAndAShortCacheLifetime(String path, String type) {
        given().get(path)
                .then()
                .statusCode(200)
                .contentType(type)
                .header("Content-Security-Policy", POLICY)
                .header("Cache-Control", "public, immutable, max-age=300");
    }

    @Test
    void theModulesAskOnlyTheServiceItself() {
        String client =
                given().get("/explorer/api.js").then().statusCode(200).extract().asString();
        assertThat(client)
                .contains("new URL(`/api/v1${path}`, window.location.origin)")
                .doesNotContain("http://", "https://");
    }

    @Test
    void aFileThatIsNotThereIsAProblem() {
        given().get("/explorer/missing.js")
                .then()
                .spec(Problems.http(404, "Not Found", "/explorer/missing.js"))
                .body("detail", equalTo("No resource exists at this path; GET /api/v1 lists the collections"));
    }
}
