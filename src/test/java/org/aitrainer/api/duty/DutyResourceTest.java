package org.aitrainer.api.duty;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class DutyResourceTest {

    private static final String PATH = "/api/v1/duties";

    @Test
    void allThirtySevenDutiesAreCounted() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items", hasSize(20))
                .body("page.totalItems", equalTo(37))
                .body("page.totalPages", equalTo(2));
    }

    @Test
    void levelThreeListsExactlyItsFunctionsAndWorkContents() {
        given().queryParam("level", 3)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("page.totalItems", equalTo(12))
                .body(
                        "items.id",
                        contains(
                                "l3-business-analysis",
                                "l3-intelligent-training",
                                "l3-intelligent-system-design",
                                "l3-training-and-guidance",
                                "l3-business-process-design",
                                "l3-business-module-optimisation",
                                "l3-data-processing-specification",
                                "l3-algorithm-testing",
                                "l3-intelligent-system-monitoring-and-optimisation",
                                "l3-interaction-flow-design",
                                "l3-training",
                                "l3-guidance"))
                .body("items.findAll { it.kind == 'FUNCTION' }", hasSize(4))
                .body("items.findAll { it.kind == 'WORK_CONTENT' }", hasSize(8))
                .body("items.levels", everyItem(hasItem(3)));
    }

    @Test
    void levelFourHasNineDuties() {
        given().queryParam("level", 4)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("page.totalItems", equalTo(9))
                .body("items", hasSize(9))
                .body("items.id", everyItem(startsWith("l4-")))
                .body("items.levels", everyItem(contains(4)));
    }

    @Test
    void levelFiveHasSevenDuties() {
        given().queryParam("level", 5)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("page.totalItems", equalTo(7))
                .body("items", hasSize(7))
                .body("items.id", everyItem(startsWith("l5-")))
                .body("items.levels", everyItem(contains(5)))
                .body("items.sourceId", everyItem(equalTo("unattributed-report")));
    }

    @Test
    void levelThreeFunctionsComeInPositionOrderWithTheirWorkContents() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("l3-business-analysis", List.of("l3-business-process-design", "l3-business-module-optimisation"));
        expected.put("l3-intelligent-training", List.of("l3-data-processing-specification", "l3-algorithm-testing"));
        expected.put(
                "l3-intelligent-system-design",
                List.of("l3-intelligent-system-monitoring-and-optimisation", "l3-interaction-flow-design"));
        expected.put("l3-training-and-guidance", List.of("l3-training", "l3-guidance"));

        JsonPath json = given().queryParam("kind", "FUNCTION")
                .queryParam("level", 3)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("page.totalItems", equalTo(4))
                .body("items.position", contains(1, 2, 3, 4))
                .body("items.parentId", everyItem(nullValue()))
                .extract()
                .jsonPath();

        assertThat(json.getList("items.id", String.class)).containsExactlyElementsOf(expected.keySet());
        assertThat(json.getList("items.children")).containsOnlyNulls();

        JsonPath contents = given().queryParam("kind", "WORK_CONTENT")
                .queryParam("level", 3)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("page.totalItems", equalTo(8))
                .extract()
                .jsonPath();
        for (Map.Entry<String, List<String>> function : expected.entrySet()) {
            assertThat(contents.getList(
                            "items.findAll { it.parentId == '" + function.getKey() + "' }.id", String.class))
                    .as(function.getKey())
                    .containsExactlyElementsOf(function.getValue());
        }
    }

    @Test
    void intelligentTrainingHasItsTwoWorkContentsInOrder() {
        given().queryParam("lang", "en")
                .get(PATH + "/l3-intelligent-training")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo("l3-intelligent-training"))
                .body("kind", equalTo("FUNCTION"))
                .body("name", equalTo("Intelligent training"))
                .body("parentId", nullValue())
                .body("levels", contains(3))
                .body("sourceId", equalTo("osta-outline-2025"))
                .body("verification", equalTo("OFFICIAL"))
                .body("children.id", contains("l3-data-processing-specification", "l3-algorithm-testing"))
                .body("children.name", contains("Drawing up data processing specifications", "Algorithm testing"))
                .body("children.position", contains(1, 2))
                .body("children.parentId", everyItem(equalTo("l3-intelligent-training")));
    }

    @Test
    void aDutyAreaHasExamplesInBothLanguages() {
        List<String> chinese = given().get(PATH + "/data-annotation-and-processing")
                .then()
                .statusCode(200)
                .body("kind", equalTo("DUTY_AREA"))
                .body("name", equalTo("数据标注与处理"))
                .body("levels", empty())
                .body("children", empty())
                .body("sourceId", equalTo("seed-article"))
                .body("verification", equalTo("REPORTED"))
                .body("examples", contains("为图像中的物体添加类别标签", "将语音转化为文字并标注语义"))
                .extract()
                .jsonPath()
                .getList("examples", String.class);
        List<String> english = given().queryParam("lang", "en")
                .get(PATH + "/data-annotation-and-processing")
                .then()
                .statusCode(200)
                .body("name", equalTo("Data annotation and processing"))
                .body(
                        "examples",
                        contains(
                                "Adding category labels to objects in images",
                                "Transcribing speech to text and labelling its meaning"))
                .extract()
                .jsonPath()
                .getList("examples", String.class);
        assertThat(english).hasSameSizeAs(chinese);
    }

    @Test
    void searchFindsDutiesByChineseText() {
        given().queryParam("q", "标注")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("page.totalItems", equalTo(8))
                .body(
                        "items.id",
                        contains(
                                "data-annotation-and-processing",
                                "algorithm-training-and-optimisation",
                                "l4-data-annotation",
                                "l5-data-annotation",
                                "l4-annotated-data-review",
                                "l5-raw-data-cleaning-and-annotation",
                                "l5-annotated-data-classification-and-statistics",
                                "main-task-label-and-process-data"));
    }

    @Test
    void searchFindsDutiesByEnglishTextIgnoringCase() {
        List<String> upper = given().queryParam("q", "ANNOTATION")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("page.totalItems", equalTo(4))
                .body(
                        "items.id",
                        contains(
                                "data-annotation-and-processing",
                                "l4-data-annotation",
                                "l5-data-annotation",
                                "l5-raw-data-cleaning-and-annotation"))
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
        List<String> lower = given().queryParam("q", "annotation")
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
        assertThat(lower).isEqualTo(upper);
    }

    @Test
    void aPercentSignInTheSearchIsLiteralAndMatchesNothing() {
        given().queryParam("q", "%")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page.totalItems", equalTo(0));
    }

    @Test
    void anUnderscoreInTheSearchIsLiteralAndMatchesNothing() {
        given().queryParam("q", "_")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page.totalItems", equalTo(0));
    }

    @Test
    void aSearchOfOneHundredCharactersIsAccepted() {
        given().queryParam("q", "标".repeat(100))
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void noDutyIsTiedToAKnownWorkType() {
        given().queryParam("workType", "data-annotator")
                .get(PATH)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items", empty())
                .body("page.totalItems", equalTo(0))
                .body("page.totalPages", equalTo(0));
    }

    @Test
    void anUnknownWorkTypeIsRejected() {
        given().queryParam("workType", "unknown-type")
                .get(PATH)
                .then()
                .spec(Problems.invalidParameter(PATH, "workType"))
                .body("errors", hasSize(1));
    }

    @Test
    void aLevelAboveFiveIsRejected() {
        given().queryParam("level", 9)
                .get(PATH)
                .then()
                .spec(Problems.invalidParameter(PATH, "level"))
                .body("errors", hasSize(1));
    }

    @Test
    void aLevelThatIsNotANumberIsRejected() {
        given().queryParam("level", "abc")
                .get(PATH)
                .then()
                .spec(Problems.invalidParameter(PATH, "level"))
                .body("errors", hasSize(1));
    }

    @Test
    void anUnknownKindIsRejected() {
        given().queryParam("kind", "NOPE")
                .get(PATH)
                .then()
                .spec(Problems.invalidParameter(PATH, "kind"))
                .body("errors", hasSize(1));
    }

    @Test
    void aSearchLongerThanOneHundredCharactersIsRejected() {
        given().queryParam("q", "a".repeat(101))
                .get(PATH)
                .then()
                .spec(Problems.invalidParameter(PATH, "q"))
                .body("errors", hasSize(1));
    }

    @Test
    void severalBadParametersAreReportedTogether() {
        given().queryParam("level", 9)
                .queryParam("kind", "NOPE")
                .queryParam("workType", "Bad_Slug")
                .queryParam("q", "a".repeat(101))
                .get(PATH)
                .then()
                .spec(Problems.invalidParameter(PATH, "level"))
                .body("errors.field", containsInAnyOrder("level", "kind", "workType", "q"));
    }

    @Test
    void anUnknownDutyIsNotFound() {
        given().get(PATH + "/no-such-duty").then().spec(Problems.notFound(PATH + "/no-such-duty"));
    }
}
