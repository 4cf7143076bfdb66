package org.aitrainer.api.salary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class SalaryRangeResourceTest {

    private static final String SALARY_RANGES = "/api/v1/salary-ranges";
    private static final String NATIONAL_AVERAGE = "5a1a0000-0000-4000-8000-000000000001";
    private static final String ARCHITECT = "5a1a0000-0000-4000-8000-000000000002";
    private static final String CTO = "5a1a0000-0000-4000-8000-000000000003";
    private static final String ALGORITHM_ENGINEER = "5a1a0000-0000-4000-8000-000000000004";
    private static final String HUBEI_MEDIAN = "5a1a0000-0000-4000-8000-000000000005";
    private static final String AVERAGE_ITEM = "items.find { it.id == '" + NATIONAL_AVERAGE + "' }";
    private static final String ARCHITECT_ITEM = "items.find { it.id == '" + ARCHITECT + "' }";

    @Test
    void listsFiveRangesInTheOrderOfTheSources() {
        list()
                .body("page.totalItems", equalTo(5))
                .body("items.id", contains(NATIONAL_AVERAGE, ARCHITECT, CTO, ALGORITHM_ENGINEER, HUBEI_MEDIAN));
    }

    @Test
    void openEndedAverageHasNoMaximum() {
        list()
                .body(AVERAGE_ITEM, hasKey("max"))
                .body(AVERAGE_ITEM + ".max", nullValue())
                .body(AVERAGE_ITEM + ".min.amount", equalTo(10000))
                .body(AVERAGE_ITEM + ".statistic", equalTo("AVERAGE"))
                .body(AVERAGE_ITEM + ".period", equalTo("MONTH"))
                .body(AVERAGE_ITEM + ".level", nullValue())
                .body(AVERAGE_ITEM + ".region.code", equalTo("CN"))
                .body(AVERAGE_ITEM + ".sourceId", equalTo("seed-article"))
                .body(AVERAGE_ITEM + ".verification", equalTo("UNCONFIRMED"));
    }

    @Test
    void levelOneHasTheThreeLevelOneRoles() {
        list("level", "1")
                .body("items.id", contains(ARCHITECT, CTO, ALGORITHM_ENGINEER))
                .body("items.role", contains("AI架构工程师", "首席技术官(CTO)", "高级AI算法工程师"))
                .body("items.level", everyItem(equalTo(1)))
                .body("items.statistic", everyItem(equalTo("RANGE")));
    }

    @Test
    void hubeiHasAMedianOfSevenThousandEightHundredIn2024() {
        list("region", "420000")
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(HUBEI_MEDIAN))
                .body("items[0].region.code", equalTo("420000"))
                .body("items[0].region.name", equalTo("湖北省"))
                .body("items[0].min", equalTo(Map.of("amount", 7800, "currency", "CNY")))
                .body("items[0].max", equalTo(Map.of("amount", 7800, "currency", "CNY")))
                .body("items[0].statistic", equalTo("MEDIAN"))
                .body("items[0].referenceYear", equalTo(2024))
                .body("items[0].sourceId", equalTo("hubei-2024-catalogue"))
                .body("items[0].verification", equalTo("REPORTED"));
    }

    @Test
    void nationRegionReturnsOnlyNationalFigures() {
        list("region", "CN")
                .body("items.id", contains(NATIONAL_AVERAGE, ARCHITECT, CTO, ALGORITHM_ENGINEER))
                .body("items.region.code", everyItem(equalTo("CN")));
    }

    @Test
    void figuresAreForExactlyTheRegionAskedNotTheRegionsEnclosingIt() {
        list("region", "440300")
                .body("items", empty())
                .body("page.totalItems", equalTo(0));
    }

    @Test
    void unconfirmedFiguresAreTheSeedArticles() {
        list("verification", "UNCONFIRMED")
                .body("items.id", contains(NATIONAL_AVERAGE, ARCHITECT, CTO, ALGORITHM_ENGINEER))
                .body("items.sourceId", everyItem(equalTo("seed-article")));
    }

    @Test
    void knownWorkTypeWithoutFiguresIsAnEmptyPage() {
        list("workType", "data-annotator")
                .body("items", empty())
                .body("page.number", equalTo(1))
                .body("page.totalItems", equalTo(0))
                .body("page.totalPages", equalTo(0));
    }

    @Test
    void highestMaximumFirstWithOpenMaximumLast() {
        list("sort", "-max")
                .body("items.id", contains(CTO, ALGORITHM_ENGINEER, ARCHITECT, HUBEI_MEDIAN, NATIONAL_AVERAGE))
                .body("items.collect { it.max?.amount }", contains(50000, 50000, 40000, 7800, null));
    }

    @Test
    void lowestMinimumFirst() {
        list("sort", "min")
                .body("items.id", contains(HUBEI_MEDIAN, NATIONAL_AVERAGE, ARCHITECT, CTO, ALGORITHM_ENGINEER))
                .body("items.min.amount", contains(7800, 10000, 20000, 20000, 20000));
    }

    @Test
    void moneyIsAnIntegerAmountWithItsCurrency() {
        list()
                .body(ARCHITECT_ITEM + ".min", equalTo(Map.of("amount", 20000, "currency", "CNY")))
                .body(ARCHITECT_ITEM + ".max", equalTo(Map.of("amount", 40000, "currency", "CNY")))
                .body(containsString("\"min\":{\"amount\":20000,\"currency\":\"CNY\"}"))
                .body(not(containsString("E+")));
    }

    @Test
    void rolesAndRegionsInEnglishWithLangEn() {
        list("lang", "en")
                .body("items.role", contains("AI trainer", "AI architecture engineer", "Chief technology officer (CTO)",
                        "Senior AI algorithm engineer", "AI trainer"))
                .body("items.region.name", contains("China", "China", "China", "China", "Hubei Province"))
                .body(AVERAGE_ITEM + ".note", equalTo("Average monthly pay above 10,000 yuan and rising year on "
                        + "year; higher in some developed cities and regions."));
    }

    @Test
    void unknownWorkTypeIsRejected() {
        rejects("workType", "nope", "names no known work type; GET /api/v1/work-types lists them");
    }

    @Test
    void malformedWorkTypeIsRejected() {
        rejects("workType", "Data_Annotator",
                "must be a slug of lower-case letters, digits and single hyphens, at most 80 characters");
    }

    @Test
    void levelZeroIsRejected() {
        rejects("level", "0", "must be an integer from 1 to 5");
    }

    @Test
    void levelMustBeANumber() {
        rejects("level", "abc", "must be an integer from 1 to 5");
    }

    @Test
    void unknownRegionIsRejected() {
        rejects("region", "999999", "names no known region; GET /api/v1/regions lists them");
    }

    @Test
    void malformedRegionIsRejected() {
        rejects("region", "abc", "must be a GB/T 2260 region code of six digits, or CN for the nation");
    }

    @Test
    void unknownVerificationIsRejected() {
        rejects("verification", "unconfirmed", "must be one of OFFICIAL, REPORTED, UNCONFIRMED");
    }

    @Test
    void pageSizeAboveOneHundredIsRejected() {
        rejects("size", "1000", "must be an integer from 1 to 100");
    }

    @Test
    void pageZeroIsRejected() {
        rejects("page", "0", "must be an integer of at least 1");
    }

    @Test
    void negativePageIsRejected() {
        rejects("page", "-1", "must be an integer of at least 1");
    }

    @Test
    void unknownSortFieldIsRejected() {
        rejects("sort", "nonsense", "must be a comma-separated list of distinct fields from min, max, level, "
                + "referenceYear, each optionally prefixed by - for descending order");
    }

    private static ValidatableResponse list(String... parameters) {
        RequestSpecification request = given();
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get(SALARY_RANGES).then().statusCode(200).contentType(ContentType.JSON);
    }

    private static void rejects(String parameter, String value, String message) {
        given().queryParam(parameter, value)
                .get(SALARY_RANGES)
                .then()
                .spec(Problems.invalidParameter(SALARY_RANGES, parameter))
                .body("errors", hasSize(1))
                .body("errors[0].message", equalTo(message));
    }
}
