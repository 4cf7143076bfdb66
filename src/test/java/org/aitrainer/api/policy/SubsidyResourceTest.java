package org.aitrainer.api.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class SubsidyResourceTest {

    private static final String SUBSIDIES = "/api/v1/subsidies";
    private static final String SHENZHEN = "shenzhen-skill-certificate-subsidy";
    private static final String GUANGDONG = "guangdong-skill-training-subsidy-measures";
    private static final String NATIONAL = "unemployment-insurance-skill-subsidy-2017";
    private static final String TONGLU = "tonglu-one-exam-two-certificates";
    private static final String SHENZHEN_ITEMS = "items.findAll { it.policy.id == '" + SHENZHEN + "' }";
    private static final String SHENZHEN_ITEM = "items.find { it.policy.id == '" + SHENZHEN + "' }";
    private static final String GUANGDONG_ITEM = "items.find { it.policy.id == '" + GUANGDONG + "' }";
    private static final String NATIONAL_ITEM = "items.find { it.policy.id == '" + NATIONAL + "' }";
    private static final String TONGLU_ITEMS = "items.findAll { it.policy.id == '" + TONGLU + "' }";
    private static final String DATE_MESSAGE = "must be an existing date in the form YYYY-MM-DD";
    private static final String LEVEL_MESSAGE = "must be an integer from 1 to 5";

    @Test
    void shenzhenLevelThreePaidTwoThousandUntilTheEndOfFebruaryTwentyTwentyFive() {
        // The seed article's 2,000, and beside it the repost's 2,400 for the whole of 2025: two sources disagree.
        shenzhenLevelThreeOn("2025-02-28")
                .body(SHENZHEN_ITEMS + ".amount.amount", contains(2000, 2400))
                .body(SHENZHEN_ITEMS + ".benefitId[1]", equalTo("b0000000-0000-4000-8000-000000000062"))
                .body(SHENZHEN_ITEMS + ".source.id[1]", equalTo("sz-repost-cdhao"))
                .body(SHENZHEN_ITEMS + ".verification[1]", equalTo("REPORTED"))
                .body(SHENZHEN_ITEM + ".benefitId", equalTo("b0000000-0000-4000-8000-000000000004"))
                .body(SHENZHEN_ITEM + ".amount.currency", equalTo("CNY"))
                .body(SHENZHEN_ITEM + ".upperLimit", equalTo(false))
                .body(SHENZHEN_ITEM + ".effectiveFrom", nullValue())
                .body(SHENZHEN_ITEM + ".effectiveTo", equalTo("2025-02-28"))
                .body(SHENZHEN_ITEM + ".source.id", equalTo("seed-article"))
                .body(SHENZHEN_ITEM + ".verification", equalTo("UNCONFIRMED"));
    }

    @Test
    void shenzhenLevelThreePaysTwoThousandFourHundredFromMarchTwentyTwentyFive() {
        shenzhenLevelThreeOn("2025-03-01")
                .body(SHENZHEN_ITEMS + ".amount.amount", contains(2400, 2400))
                .body(SHENZHEN_ITEM + ".benefitId", equalTo("b0000000-0000-4000-8000-000000000005"))
                .body(SHENZHEN_ITEM + ".effectiveFrom", equalTo("2025-03-01"))
                .body(SHENZHEN_ITEM + ".effectiveTo", equalTo("2025-12-31"))
                .body(SHENZHEN_ITEM + ".source.id", equalTo("seed-article"))
                .body(SHENZHEN_ITEM + ".verification", equalTo("UNCONFIRMED"));
    }

    @Test
    void shenzhenTwoThousandFourHundredStillHoldsOnTheLastDayOfTwentyTwentyFive() {
        shenzhenLevelThreeOn("2025-12-31").body(SHENZHEN_ITEMS + ".amount.amount", contains(2400, 2400));
    }

    @Test
    void shenzhenLevelThreePaysThreeThousandOneHundredTwentyFromTwentyTwentySix() {
        shenzhenLevelThreeOn("2026-01-01")
                .body(SHENZHEN_ITEMS + ".amount.amount", contains(3120))
                .body(SHENZHEN_ITEM + ".benefitId", equalTo("b0000000-0000-4000-8000-000000000006"))
                .body(SHENZHEN_ITEM + ".effectiveFrom", equalTo("2026-01-01"))
                .body(SHENZHEN_ITEM + ".effectiveTo", nullValue())
                .body(SHENZHEN_ITEM + ".source.id", equalTo("sz-repost-cdhao"))
                .body(SHENZHEN_ITEM + ".verification", equalTo("REPORTED"));
    }

    @Test
    void answerEchoesTheDateTheRegionTheRegionsSearchedAndTheLevel() {
        shenzhenLevelThreeOn("2025-03-01")
                .body("on", equalTo("2025-03-01"))
                .body("region.code", equalTo("440300"))
                .body("region.name", equalTo("深圳市"))
                .body("searchedRegions.code", contains("440300", "440000", "CN"))
                .body("searchedRegions.name", contains("深圳市", "广东省", "中国"))
                .body("level", equalTo(3));
    }

    @Test
    void enclosingRegionsBenefitsFollowTheRegionsOwnMostLocalFirst() {
        shenzhenLevelThreeOn("2025-03-01")
                .body("items.policy.id", contains(SHENZHEN, SHENZHEN, GUANGDONG, NATIONAL))
                .body("items.region.code", contains("440300", "440300", "440000", "CN"))
                .body("items.level", contains(3, 3, 3, 3))
                .body("page.totalItems", equalTo(4));
    }

    @Test
    void guangdongAddsAnUpliftOfUpToThirtyPercentAtLevelThree() {
        shenzhenLevelThreeOn("2025-12-31")
                .body(GUANGDONG_ITEM + ".benefitId", equalTo("b0000000-0000-4000-8000-000000000009"))
                .body(GUANGDONG_ITEM + ".kind", equalTo("SUBSIDY_UPLIFT"))
                .body(GUANGDONG_ITEM + ".upliftPercent", equalTo(30))
                .body(GUANGDONG_ITEM + ".upperLimit", equalTo(true))
                .body(GUANGDONG_ITEM + ".amount", nullValue())
                .body(GUANGDONG_ITEM + ".effectiveFrom", equalTo("2023-08-15"))
                .body(GUANGDONG_ITEM + ".effectiveTo", equalTo("2025-12-31"))
                .body(GUANGDONG_ITEM + ".region.code", equalTo("440000"));
    }

    @Test
    void guangdongUpliftIsGoneOnNewYearsDayTwentyTwentySix() {
        shenzhenLevelThreeOn("2026-01-01").body("items.policy.id", contains(SHENZHEN, NATIONAL));
    }

    @Test
    void nationalUpperLimitOfTwoThousandAppliesAtLevelThree() {
        shenzhenLevelThreeOn("2026-01-01")
                .body(NATIONAL_ITEM + ".benefitId", equalTo("b0000000-0000-4000-8000-000000000003"))
                .body(NATIONAL_ITEM + ".amount.amount", equalTo(2000))
                .body(NATIONAL_ITEM + ".upperLimit", equalTo(true))
                .body(NATIONAL_ITEM + ".effectiveFrom", equalTo("2017-01-01"))
                .body(NATIONAL_ITEM + ".effectiveTo", nullValue())
                .body(NATIONAL_ITEM + ".region.code", equalTo("CN"))
                .body(NATIONAL_ITEM + ".source.id", equalTo("gmrb-2017-05-21"))
                .body(NATIONAL_ITEM + ".verification", equalTo("REPORTED"));
    }

    @Test
    void nationalUpperLimitStartsOnTheFirstOfJanuaryTwentySeventeen() {
        lookup("region", "CN", "level", "3", "on", "2017-01-01")
                .body("items.policy.id", contains(NATIONAL))
                .body("items.amount.amount", contains(2000));
    }

    @Test
    void nothingIsInForceInGuangdongBeforeTwentySeventeen() {
        lookup("region", "440000", "level", "3", "on", "2016-12-31")
                .body("on", equalTo("2016-12-31"))
                .body("searchedRegions.code", contains("440000", "CN"))
                .body("items", empty())
                .body("page.number", equalTo(1))
                .body("page.totalItems", equalTo(0))
                .body("page.totalPages", equalTo(0));
    }

    @Test
    void guangdongMeasuresAreAbsentTheDayBeforeTheyTakeEffect() {
        lookup("region", "440000", "level", "3", "on", "2023-08-14").body("items.policy.id", contains(NATIONAL));
    }

    @Test
    void guangdongMeasuresArePresentOnTheDayTheyTakeEffect() {
        lookup("region", "440000", "level", "3", "on", "2023-08-15")
                .body("items.policy.id", contains(GUANGDONG, NATIONAL));
    }

    @Test
    void withoutLevelEveryLevelOfTheRegionIsListedWithTheBenefitsNotTiedToALevel() {
        lookup("region", "330122", "on", "2025-06-01")
                .body("level", nullValue())
                .body("searchedRegions.code", contains("330122", "330100", "330000", "CN"))
                .body(TONGLU_ITEMS + ".level", contains(5, 4, 3, 2, 1, null))
                .body(TONGLU_ITEMS + ".amount.amount", contains(1000, 1500, 2000, 2500, 3000, 800))
                .body(
                        TONGLU_ITEMS + ".kind",
                        contains(
                                "CERTIFICATE_SUBSIDY",
                                "CERTIFICATE_SUBSIDY",
                                "CERTIFICATE_SUBSIDY",
                                "CERTIFICATE_SUBSIDY",
                                "CERTIFICATE_SUBSIDY",
                                "SPECIAL_CERTIFICATE_SUBSIDY"))
                .body("items.policy.id", hasSize(9))
                .body("page.totalItems", equalTo(9));
    }

    @Test
    void levelFilterKeepsBenefitsNotTiedToALevel() {
        lookup("region", "330122", "level", "3", "on", "2025-06-01")
                .body("items.policy.id", contains(TONGLU, TONGLU, NATIONAL))
                .body("items.level", contains(3, null, 3))
                .body(
                        "items.kind",
                        contains("CERTIFICATE_SUBSIDY", "SPECIAL_CERTIFICATE_SUBSIDY", "CERTIFICATE_SUBSIDY"))
                .body("items.amount.amount", contains(2000, 800, 2000));
    }

    @Test
    void shanghaiBenefitsNotTiedToALevelApplyAtLevelTwo() {
        lookup("region", "310000", "level", "2", "on", "2025-06-01")
                .body(
                        "items.policy.id",
                        contains(
                                "shanghai-key-industry-skills-pilot-2024",
                                "shanghai-key-industry-skills-pilot-2024",
                                "shanghai-subsidy-catalogue-key-item"))
                .body("items.level", contains(null, null, null))
                .body("items.kind", contains("SUBSIDY_UPLIFT", "SPECIAL_CERTIFICATE_SUBSIDY", "SUBSIDY_UPLIFT"));
    }

    @Test
    void sortByAmountDescendingPutsUpliftsWithoutAnAmountLast() {
        lookup("region", "440300", "on", "2025-06-01", "sort", "-amount")
                .body(
                        "items.collect { it.amount?.amount }",
                        contains(2400, 2400, 2000, 1500, 1500, 1000, 1000, null, null, null))
                .body(
                        "items.collect { it.upliftPercent }",
                        contains(null, null, null, null, null, null, null, 30, 30, 30));
    }

    @Test
    void sortByRegionAscendingStartsFromTheNation() {
        lookup("region", "440300", "level", "3", "on", "2025-06-01", "sort", "region")
                .body("items.region.code", contains("CN", "440000", "440300", "440300"));
    }

    @Test
    void withoutDateTheAnswerIsForTodayInShanghai() {
        String on = lookup("region", "440300", "level", "3").extract().path("on");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(LocalDate.parse(on)).isIn(today, today.minusDays(1));
    }

    @Test
    void withoutDateTheAnswerIsTheSameAsForTodaysDateGivenExplicitly() {
        ValidatableResponse implicit = lookup("region", "440300", "level", "3");
        String on = implicit.extract().path("on");
        List<String> benefits = implicit.extract().path("items.benefitId");
        lookup("region", "440300", "level", "3", "on", on).body("items.benefitId", equalTo(benefits));
    }

    @Test
    void englishPolicyTitlesAndRegionNamesWithLangEn() {
        lookup("region", "440300", "level", "3", "on", "2025-03-01", "lang", "en")
                .header("Content-Language", "en")
                .body("region.name", equalTo("Shenzhen"))
                .body("searchedRegions.name", contains("Shenzhen", "Guangdong Province", "China"))
                .body(
                        "items.policy.title",
                        contains(
                                "Shenzhen skill-certificate subsidy",
                                "Shenzhen skill-certificate subsidy",
                                "Guangdong Province Administrative Measures for Vocational Skill Training Subsidies",
                                "Notice on the unemployment-insurance skill-improvement subsidy (May 2017)"))
                .body("items.region.name", contains("Shenzhen", "Shenzhen", "Guangdong Province", "China"))
                .body(SHENZHEN_ITEM + ".source.title", equalTo("AI Trainer career article (WeChat public account)"));
    }

    @Test
    void chineseByDefault() {
        shenzhenLevelThreeOn("2025-03-01")
                .header("Content-Language", "zh-CN")
                .body(
                        "items.policy.title",
                        contains("深圳市职业技能证书补贴", "深圳市职业技能证书补贴", "广东省职业技能培训补贴管理办法", "失业保险技能提升补贴通知(2017年5月)"))
                .body("items.region.name", contains("深圳市", "深圳市", "广东省", "中国"))
                .body(SHENZHEN_ITEM + ".source.title", equalTo("人工智能训练师职业介绍文章(微信公众号)"));
    }

    @Test
    void februaryThirtiethIsNotADate() {
        rejects("on", "2025-02-30", DATE_MESSAGE);
    }

    @Test
    void monthThirteenIsNotADate() {
        rejects("on", "2025-13-01", DATE_MESSAGE);
    }

    @Test
    void aWordIsNotADate() {
        rejects("on", "yesterday", DATE_MESSAGE);
    }

    @Test
    void levelNineDoesNotExist() {
        rejects("level", "9", LEVEL_MESSAGE);
    }

    @Test
    void levelMustBeANumber() {
        rejects("level", "abc", LEVEL_MESSAGE);
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
    void pageSizeAboveOneHundredIsRejected() {
        rejects("size", "1000", "must be an integer from 1 to 100");
    }

    @Test
    void negativePageIsRejected() {
        rejects("page", "-1", "must be an integer of at least 1");
    }

    @Test
    void pageZeroIsRejected() {
        rejects("page", "0", "must be an integer of at least 1");
    }

    @Test
    void unknownSortFieldIsRejected() {
        rejects(
                "sort",
                "nonsense",
                "must be a comma-separated list of distinct fields from region, level, amount, "
                        + "effectiveFrom, each optionally prefixed by - for descending order");
    }

    @Test
    void everyInvalidParameterIsNamedInOneResponse() {
        given().queryParam("level", "0")
                .queryParam("on", "2025-02-30")
                .queryParam("region", "abc")
                .get(SUBSIDIES)
                .then()
                .spec(Problems.invalidParameter(SUBSIDIES, "level"))
                .body("errors.field", contains("level", "on", "region"));
    }

    private static ValidatableResponse shenzhenLevelThreeOn(String date) {
        return lookup("region", "440300", "level", "3", "on", date);
    }

    private static ValidatableResponse lookup(String... parameters) {
        RequestSpecification request = given();
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get(SUBSIDIES).then().statusCode(200).contentType(ContentType.JSON);
    }

    private static void rejects(String parameter, String value, String message) {
        given().queryParam(parameter, value)
                .get(SUBSIDIES)
                .then()
                .spec(Problems.invalidParameter(SUBSIDIES, parameter))
                .body("errors", hasSize(1))
                .body("errors[0].message", equalTo(message))
                .body("detail", equalTo(parameter + " " + message));
    }
}
