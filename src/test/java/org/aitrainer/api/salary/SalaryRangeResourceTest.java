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
    private static final String XUHUI_MEDIAN = "5a1a0000-0000-4000-8000-000000000006";
    private static final String XUHUI_CHEMISTRY = "5a1a0000-0000-4000-8000-000000000007";
    private static final String SHENZHEN_ANNOTATION = "5a1a0000-0000-4000-8000-000000000008";
    private static final String BIG_TECH_ANNOTATORS = "5a1a0000-0000-4000-8000-000000000009";
    private static final String ENTRY_LEVEL = "5a1a0000-0000-4000-8000-000000000010";
    private static final String SENIOR_EXPERT = "5a1a0000-0000-4000-8000-000000000011";
    private static final String AVERAGE_ITEM = "items.find { it.id == '" + NATIONAL_AVERAGE + "' }";
    private static final String ARCHITECT_ITEM = "items.find { it.id == '" + ARCHITECT + "' }";

    @Test
    void listsElevenRangesInTheOrderRecorded() {
        list().body("page.totalItems", equalTo(11))
                .body(
                        "items.id",
                        contains(
                                NATIONAL_AVERAGE,
                                ARCHITECT,
                                CTO,
                                ALGORITHM_ENGINEER,
                                HUBEI_MEDIAN,
                                XUHUI_MEDIAN,
                                XUHUI_CHEMISTRY,
                                SHENZHEN_ANNOTATION,
                                BIG_TECH_ANNOTATORS,
                                ENTRY_LEVEL,
                                SENIOR_EXPERT));
    }

    @Test
    void xuhuiLabourBrandMedianIsOneHundredFiftyToTwoHundredThousandAYear() {
        one(XUHUI_MEDIAN)
                .body("role", equalTo("人工智能训练师(上海徐汇“AI训练师”劳务品牌)"))
                .body("region.code", equalTo("310000"))
                .body("min", equalTo(Map.of("amount", 150000, "currency", "CNY")))
                .body("max", equalTo(Map.of("amount", 200000, "currency", "CNY")))
                .body("period", equalTo("YEAR"))
                .body("statistic", equalTo("MEDIAN"))
                .body("referenceYear", nullValue())
                .body("sourceId", equalTo("xuhui-labour-brand"))
                .body("verification", equalTo("REPORTED"));
    }

    @Test
    void xuhuiChemistryDataAnnotatorsEarnAboutThirteenThousandAMonth() {
        one(XUHUI_CHEMISTRY)
                .body("role", equalTo("化学数据标注员(上海徐汇“AI训练师”劳务品牌)"))
                .body("region.code", equalTo("310000"))
                .body("min.amount", equalTo(13000))
                .body("max.amount", equalTo(13000))
                .body("period", equalTo("MONTH"))
                .body("note", equalTo("月薪约13000元。"))
                .body("sourceId", equalTo("xuhui-labour-brand"))
                .body("verification", equalTo("REPORTED"));
    }

    @Test
    void shenzhenTrainersDoingAnnotationEarnSixToNineteenThousandAMonth() {
        one(SHENZHEN_ANNOTATION)
                .body("region.code", equalTo("440300"))
                .body("min.amount", equalTo(6000))
                .body("max.amount", equalTo(19000))
                .body("period", equalTo("MONTH"))
                .body("statistic", equalTo("RANGE"))
                .body("sourceId", equalTo("sz-tv-2025-04-01"))
                .body("verification", equalTo("REPORTED"));
    }

    @Test
    void bigTechAnnotatorsHiredThroughHeadhuntersEarnTenToTwentyThousandAMonth() {
        one(BIG_TECH_ANNOTATORS)
                .body("role", equalTo("经猎头招聘的大厂数据标注员"))
                .body("region.code", equalTo("CN"))
                .body("min.amount", equalTo(10000))
                .body("max.amount", equalTo(20000))
                .body("period", equalTo("MONTH"))
                .body("sourceId", equalTo("zixiangxian-repost"))
                .body("verification", equalTo("REPORTED"));
    }

    @Test
    void entryLevelAndSeniorExpertPayIsUnconfirmed() {
        one(ENTRY_LEVEL)
                .body("min.amount", equalTo(4000))
                .body("max.amount", equalTo(6000))
                .body("period", equalTo("MONTH"))
                .body("sourceId", equalTo("cdhao-careers"))
                .body("verification", equalTo("UNCONFIRMED"));
        one(SENIOR_EXPERT)
                .body("min.amount", equalTo(30000))
                .body("max", nullValue())
                .body("period", equalTo("MONTH"))
                .body("sourceId", equalTo("cdhao-careers"))
                .body("verification", equalTo("UNCONFIRMED"));
    }

    @Test
    void openEndedAverageHasNoMaximum() {
        list().body(AVERAGE_ITEM, hasKey("max"))
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
                .body(
                        "items.id",
                        contains(
                                NATIONAL_AVERAGE,
                                ARCHITECT,
                                CTO,
                                ALGORITHM_ENGINEER,
                                BIG_TECH_ANNOTATORS,
                                ENTRY_LEVEL,
                                SENIOR_EXPERT))
                .body("items.region.code", everyItem(equalTo("CN")));
    }

    @Test
    void figuresAreForExactlyTheRegionAskedNotTheRegionsEnclosingIt() {
        list("region", "440300").body("items.id", contains(SHENZHEN_ANNOTATION)).body("page.totalItems", equalTo(1));
        list("region", "330122").body("items", empty()).body("page.totalItems", equalTo(0));
    }

    @Test
    void unconfirmedFiguresAreTheSeedArticlesAndTheCareerArticles() {
        list("verification", "UNCONFIRMED")
                .body(
                        "items.id",
                        contains(NATIONAL_AVERAGE, ARCHITECT, CTO, ALGORITHM_ENGINEER, ENTRY_LEVEL, SENIOR_EXPERT))
                .body(
                        "items.sourceId",
                        contains(
                                "seed-article",
                                "seed-article",
                                "seed-article",
                                "seed-article",
                                "cdhao-careers",
                                "cdhao-careers"));
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
                .body(
                        "items.id",
                        contains(
                                XUHUI_MEDIAN,
                                CTO,
                                ALGORITHM_ENGINEER,
                                ARCHITECT,
                                BIG_TECH_ANNOTATORS,
                                SHENZHEN_ANNOTATION,
                                XUHUI_CHEMISTRY,
                                HUBEI_MEDIAN,
                                ENTRY_LEVEL,
                                NATIONAL_AVERAGE,
                                SENIOR_EXPERT))
                .body(
                        "items.collect { it.max?.amount }",
                        contains(200000, 50000, 50000, 40000, 20000, 19000, 13000, 7800, 6000, null, null));
    }

    @Test
    void lowestMinimumFirst() {
        list("sort", "min")
                .body(
                        "items.id",
                        contains(
                                ENTRY_LEVEL,
                                SHENZHEN_ANNOTATION,
                                HUBEI_MEDIAN,
                                NATIONAL_AVERAGE,
                                BIG_TECH_ANNOTATORS,
                                XUHUI_CHEMISTRY,
                                ARCHITECT,
                                CTO,
                                ALGORITHM_ENGINEER,
                                SENIOR_EXPERT,
                                XUHUI_MEDIAN))
                .body(
                        "items.min.amount",
                        contains(4000, 6000, 7800, 10000, 10000, 13000, 20000, 20000, 20000, 30000, 150000));
    }

    @Test
    void moneyIsAnIntegerAmountWithItsCurrency() {
        list().body(ARCHITECT_ITEM + ".min", equalTo(Map.of("amount", 20000, "currency", "CNY")))
                .body(ARCHITECT_ITEM + ".max", equalTo(Map.of("amount", 40000, "currency", "CNY")))
                .body(containsString("\"min\":{\"amount\":20000,\"currency\":\"CNY\"}"))
                .body(not(containsString("E+")));
    }

    @Test
    void rolesAndRegionsInEnglishWithLangEn() {
        list("lang", "en")
                .body(
                        "items.role",
                        contains(
                                "AI trainer",
                                "AI architecture engineer",
                                "Chief technology officer (CTO)",
                                "Senior AI algorithm engineer",
                                "AI trainer",
                                "AI trainer (Shanghai Xuhui \"AI Trainer\" labour brand)",
                                "Chemistry data annotator (Shanghai Xuhui \"AI Trainer\" labour brand)",
                                "AI trainers doing annotation (Shenzhen)",
                                "Big-tech data annotators hired through headhunters",
                                "AI trainer (entry level)",
                                "AI trainer (senior expert)"))
                .body(
                        "items.region.name",
                        contains(
                                "China",
                                "China",
                                "China",
                                "China",
                                "Hubei Province",
                                "Shanghai",
                                "Shanghai",
                                "Shenzhen",
                                "China",
                                "China",
                                "China"))
                .body(
                        AVERAGE_ITEM + ".note",
                        equalTo("Average monthly pay above 10,000 yuan and rising year on "
                                + "year; higher in some developed cities and regions."));
    }

    @Test
    void unknownWorkTypeIsRejected() {
        rejects("workType", "nope", "names no known work type; GET /api/v1/work-types lists them");
    }

    @Test
    void malformedWorkTypeIsRejected() {
        rejects(
                "workType",
                "Data_Annotator",
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
        rejects(
                "sort",
                "nonsense",
                "must be a comma-separated list of distinct fields from min, max, level, "
                        + "referenceYear, each optionally prefixed by - for descending order");
    }

    private static ValidatableResponse one(String id) {
        return given().get(SALARY_RANGES + "/" + id).then().statusCode(200).contentType(ContentType.JSON);
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
