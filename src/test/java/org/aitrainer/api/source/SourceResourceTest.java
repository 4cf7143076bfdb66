package org.aitrainer.api.source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class SourceResourceTest {

    private static final String PATH = "/api/v1/sources";

    @Test
    void thirteenSourcesAreListedInTheOrderTheyWereRecorded() {
        given().get(PATH).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items", hasSize(13))
                .body("page.totalItems", equalTo(13))
                .body("items[0].id", equalTo("seed-article"))
                .body("items[1].id", equalTo("nosc-2021"))
                .body("items[12].id", equalTo("unattributed-report"));
    }

    @Test
    void theNationalStandardIsDescribedInChinese() {
        given().get(PATH + "/nosc-2021").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo("nosc-2021"))
                .body("title", equalTo("国家职业技能标准 人工智能训练师(2021年版)"))
                .body("publisher", equalTo("人力资源社会保障部、工业和信息化部"))
                .body("url", equalTo("https://chinastor.com/ai/163819954228378.html"))
                .body("publishedOn", nullValue());
    }

    @Test
    void theNationalStandardIsDescribedInEnglishWithLangEn() {
        given().queryParam("lang", "en").get(PATH + "/nosc-2021").then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("title", equalTo("National Occupational Skill Standard: Artificial Intelligence Trainer (2021 "
                        + "edition)"))
                .body("url", equalTo("https://chinastor.com/ai/163819954228378.html"))
                .body("note", equalTo("The link points to a copy of the opening text of the standard."));
    }

    @Test
    void aDatedSourceHasItsPublicationDate() {
        given().get(PATH + "/ithome-2021-11-28").then()
                .statusCode(200)
                .body("publishedOn", equalTo("2021-11-28"))
                .body("url", equalTo("https://m.ithome.com/html/589256.htm"));
    }

    @Test
    void anUnknownSourceIsNotFound() {
        given().get(PATH + "/unknown-source").then().spec(Problems.notFound(PATH + "/unknown-source"));
    }

    @Test
    void newestSourceComesFirstAndUndatedOnesLast() {
        List<String> dates = given().queryParam("sort", "-publishedOn").get(PATH).then()
                .statusCode(200)
                .body("items[0].id", equalTo("xinhua-2026-01-25"))
                .body("items[0].publishedOn", equalTo("2026-01-25"))
                .extract().jsonPath().getList("items.publishedOn", String.class);
        assertThat(dates).hasSize(13);
        assertThat(dates.subList(0, 7)).containsExactly("2026-01-25", "2025-07-01", "2024-12-04", "2021-11-28",
                "2019-05-24", "2017-07-08", "2017-05-21");
        assertThat(dates.subList(7, 13)).containsOnlyNulls();
    }

    @Test
    void undatedSourcesStayLastInAscendingOrderToo() {
        List<String> dates = given().queryParam("sort", "publishedOn").get(PATH).then()
                .statusCode(200)
                .body("items[0].id", equalTo("gmrb-2017-05-21"))
                .extract().jsonPath().getList("items.publishedOn", String.class);
        assertThat(dates.subList(7, 13)).containsOnlyNulls();
    }
}
