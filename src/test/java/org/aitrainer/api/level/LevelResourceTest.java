package org.aitrainer.api.level;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class LevelResourceTest {

    private static final String PATH = "/api/v1/levels";

    @Test
    void levelsAreListedFromLowestToHighest() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items.level", contains(5, 4, 3, 2, 1))
                .body("items.trainingHours", contains(60, 50, 40, 40, 30))
                .body("items.name", contains("五级/初级工", "四级/中级工", "三级/高级工", "二级/技师", "一级/高级技师"))
                .body("items.sourceId", everyItem(equalTo("nosc-2021")))
                .body("items.verification", everyItem(equalTo("OFFICIAL")))
                .body("page.totalItems", equalTo(5));
    }

    @Test
    void onlyLevelFiveHasConfirmedConditions() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .body("items[0].conditions", equalTo("从事本职业或相关职业工作1年(含)以上;或学徒期满。"))
                .body("items[1..4].conditions", everyItem(nullValue()));
    }

    @Test
    void levelFiveConditionsAreInEnglishWithLangEn() {
        given().queryParam("lang", "en")
                .get(PATH + "/5")
                .then()
                .statusCode(200)
                .body(
                        "conditions",
                        equalTo("One year or more of work in this or a related occupation, or a "
                                + "completed apprenticeship."));
    }

    @Test
    void sortByLevelListsLevelOneFirst() {
        given().queryParam("sort", "level")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.level", contains(1, 2, 3, 4, 5));
    }

    @Test
    void sortByTrainingHoursThenDescendingLevelBreaksTheFortyHourTie() {
        given().queryParam("sort", "trainingHours,-level")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.level", contains(1, 3, 2, 4, 5))
                .body("items.trainingHours", contains(30, 40, 40, 50, 60));
    }

    @Test
    void levelThreeIsNamedInEnglish() {
        given().queryParam("lang", "en")
                .get(PATH + "/3")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("Content-Language", "en")
                .body("level", equalTo(3))
                .body("name", equalTo("Level 3 / Senior Worker"))
                .body("trainingHours", equalTo(40))
                .body("conditions", nullValue())
                .body("sourceId", equalTo("nosc-2021"))
                .body("verification", equalTo("OFFICIAL"));
    }

    @Test
    void levelThreeIsNamedInChinese() {
        given().queryParam("lang", "zh-CN")
                .get(PATH + "/3")
                .then()
                .statusCode(200)
                .header("Content-Language", "zh-CN")
                .body("level", equalTo(3))
                .body("name", equalTo("三级/高级工"));
    }

    @Test
    void levelZeroIsNotFound() {
        given().get(PATH + "/0").then().spec(Problems.notFound(PATH + "/0"));
    }

    @Test
    void levelSixIsNotFound() {
        given().get(PATH + "/6").then().spec(Problems.notFound(PATH + "/6"));
    }

    @Test
    void aLevelThatIsNotANumberIsNotFound() {
        given().get(PATH + "/abc").then().spec(Problems.notFound(PATH + "/abc"));
    }

    @Test
    void anUnknownSortFieldIsRejected() {
        given().queryParam("sort", "nonsense").get(PATH).then().spec(Problems.invalidParameter(PATH, "sort"));
    }

    @Test
    void firstPageOfTwoHasLevelsFiveAndFour() {
        given().queryParam("size", 2)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.level", contains(5, 4))
                .body("page.number", equalTo(1))
                .body("page.size", equalTo(2))
                .body("page.totalItems", equalTo(5))
                .body("page.totalPages", equalTo(3));
    }

    @Test
    void firstPageLinksToFirstNextAndLast() {
        String link = given().queryParam("size", 2)
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .header("Link");
        assertThat(link).isEqualTo(link(1, "first") + ", " + link(2, "next") + ", " + link(3, "last"));
        assertThat(link).doesNotContain("rel=\"prev\"");
    }

    @Test
    void lastPageHasLevelOneAndLinksBackButNotForward() {
        String link = given().queryParam("size", 2)
                .queryParam("page", 3)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.level", contains(1))
                .body("page.number", equalTo(3))
                .extract()
                .header("Link");
        assertThat(link).isEqualTo(link(1, "first") + ", " + link(2, "prev") + ", " + link(3, "last"));
        assertThat(link).doesNotContain("rel=\"next\"");
    }

    private static String link(int page, String rel) {
        return "<" + RestAssured.baseURI + ":" + RestAssured.port + PATH + "?size=2&page=" + page + ">; rel=\"" + rel
                + "\"";
    }
}
