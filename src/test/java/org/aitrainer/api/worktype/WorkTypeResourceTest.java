package org.aitrainer.api.worktype;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

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
    void workTypesAreListedInTheOrderOfTheStandardThenInTheOrderAdded() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items.id", contains("data-annotator", "ai-algorithm-tester", "ai-digital-human-trainer"))
                .body("items.position", contains(1, 2, 3))
                .body("items.name", contains("数据标注员", "人工智能算法测试员", "人工智能数字人训练师"))
                .body("page.totalItems", equalTo(3))
                .body("page.totalPages", equalTo(1));
    }

    @Test
    void theTwoWorkTypesOfTheTwentyTwentyOneStandardKeepItsDateAndSource() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .body("items[0..1].addedIn", everyItem(equalTo("2021")))
                .body("items[0..1].description", everyItem(nullValue()))
                .body("items[0..1].sourceId", everyItem(equalTo("nosc-2021")))
                .body("items[0..1].verification", everyItem(equalTo("OFFICIAL")));
    }

    @Test
    void theDigitalHumanTrainerWasAddedOnTheThirtyFirstOfJulyTwentyTwentyFour() {
        given().get(PATH + "/ai-digital-human-trainer")
                .then()
                .statusCode(200)
                .body("name", equalTo("人工智能数字人训练师"))
                .body("position", equalTo(3))
                .body("addedIn", equalTo("2024-07-31"))
                .body("description", startsWith("2024年7月31日,人力资源社会保障部发布19个新职业和一批新工种"))
                .body("sourceId", equalTo("cctv-2024-08-03"))
                .body("verification", equalTo("REPORTED"));
    }

    @Test
    void theDigitalHumanTrainersDescriptionExplainsItsDateInEnglish() {
        given().queryParam("lang", "en")
                .get(PATH + "/ai-digital-human-trainer")
                .then()
                .statusCode(200)
                .body("name", equalTo("AI Digital-Human Trainer"))
                .body(
                        "description",
                        containsString(
                                "that is the date it was added, and why the 2021 standard " + "does not list it"))
                .body("description", containsString("streamers, guides and customer-service agents"));
    }

    @Test
    void workTypesAreNamedInEnglishWithLangEn() {
        given().queryParam("lang", "en")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.name", contains("Data Annotator", "AI Algorithm Tester", "AI Digital-Human Trainer"));
    }

    @Test
    void aWorkTypeIsFoundByItsSlug() {
        given().get(PATH + "/ai-algorithm-tester")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo("ai-algorithm-tester"))
                .body("name", equalTo("人工智能算法测试员"))
                .body("position", equalTo(2))
                .body("description", nullValue())
                .body("addedIn", equalTo("2021"))
                .body("sourceId", equalTo("nosc-2021"))
                .body("verification", equalTo("OFFICIAL"));
    }

    @Test
    void aWorkTypeIsNamedInEnglishWithLangEn() {
        given().queryParam("lang", "en")
                .get(PATH + "/data-annotator")
                .then()
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
