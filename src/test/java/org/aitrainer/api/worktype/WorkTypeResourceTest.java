package org.aitrainer.api.worktype;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class WorkTypeResourceTest {

    private static final String PATH = "/api/v1/work-types";

    @Test
    void workTypesAreListedInTheOrderOfTheStandard() {
        given().get(PATH).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items.id", contains("data-annotator", "ai-algorithm-tester"))
                .body("items.position", contains(1, 2))
                .body("items.name", contains("数据标注员", "人工智能算法测试员"))
                .body("items.description", everyItem(nullValue()))
                .body("items.sourceId", everyItem(equalTo("nosc-2021")))
                .body("items.verification", everyItem(equalTo("OFFICIAL")))
                .body("page.totalItems", equalTo(2))
                .body("page.totalPages", equalTo(1));
    }

    @Test
    void workTypesAreNamedInEnglishWithLangEn() {
        given().queryParam("lang", "en").get(PATH).then()
                .statusCode(200)
                .body("items.name", contains("Data Annotator", "AI Algorithm Tester"));
    }

    @Test
    void aWorkTypeIsFoundByItsSlug() {
        given().get(PATH + "/ai-algorithm-tester").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo("ai-algorithm-tester"))
                .body("name", equalTo("人工智能算法测试员"))
                .body("position", equalTo(2))
                .body("description", nullValue())
                .body("sourceId", equalTo("nosc-2021"))
                .body("verification", equalTo("OFFICIAL"));
    }

    @Test
    void aWorkTypeIsNamedInEnglishWithLangEn() {
        given().queryParam("lang", "en").get(PATH + "/data-annotator").then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("id", equalTo("data-annotator"))
                .body("name", equalTo("Data Annotator"))
                .body("position", equalTo(1));
    }

    @Test
    void anUnknownSlugIsNotFound() {
        given().get(PATH + "/prompt-engineer").then().spec(Problems.notFound(PATH + "/prompt-engineer"));
    }

    @Test
    void aMalformedSlugIsNotFound() {
        given().get(PATH + "/Bad_Slug").then().spec(Problems.notFound(PATH + "/Bad_Slug"));
    }
}
