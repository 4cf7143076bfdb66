package org.aitrainer.api.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;

/**
 * The places added on 2026-12-01, through the subsidy lookup and the policies: each place's amounts on a date inside
 * their period, none outside it where the sources give one, and each with its source and verification.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class LocalSubsidiesTest {

    private static final String SUBSIDIES = "/api/v1/subsidies";
    private static final String POLICIES = "/api/v1/policies";
    private static final String NATIONAL = "unemployment-insurance-skill-subsidy-2017";
    private static final String CHANGSHU = "changshu-skill-subsidy";
    private static final String YANGZHOU = "yangzhou-skill-improvement-subsidy";
    private static final String ZHANJIANG = "zhanjiang-skill-improvement-subsidy";
    private static final String GUANGDONG = "guangdong-skill-training-subsidy-measures";
    private static final String HUNAN = "hunan-skill-improvement-subsidy";
    private static final String TAIYUAN = "taiyuan-skill-improvement-subsidy";
    private static final String LVLIANG = "lvliang-shortage-occupation-skill-subsidy";
    private static final String CHENGDU = "chengdu-skill-improvement-subsidy";
    private static final String CHENGDU_SHORTAGE = "chengdu-shortage-occupation-skill-improvement-subsidy";
    private static final String XIAMEN = "xiamen-vocational-training-subsidy";
    private static final String XIAMEN_KEY = "xiamen-key-occupation-training-subsidy";

    // ----------------------------------------------------------------------------------------------------------------
    // Jiangsu: Changshu (in Suzhou) and Yangzhou
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void aLookupForChangshuSearchesSuzhouJiangsuAndTheNation() {
        lookup("region", "320581", "level", "3", "on", "2025-06-01")
                .body("region.name", equalTo("常熟市"))
                .body("searchedRegions.code", contains("320581", "320500", "320000", "CN"))
                .body("searchedRegions.name", contains("常熟市", "苏州市", "江苏省", "中国"))
                .body("items.policy.id", contains(CHANGSHU, CHANGSHU, NATIONAL));
    }

    @Test
    void changshuLevelThreeGivesTwoThousandWithTheShortageUpliftBesideIt() {
        lookup("region", "320581", "level", "3", "on", "2025-06-01", "lang", "en")
                .body(item("b0000000-0000-4000-8000-000000000035") + ".amount.amount", equalTo(2000))
                .body(item("b0000000-0000-4000-8000-000000000035") + ".kind", equalTo("CERTIFICATE_SUBSIDY"))
                .body(item("b0000000-0000-4000-8000-000000000035") + ".upperLimit", equalTo(false))
                .body(item("b0000000-0000-4000-8000-000000000035") + ".source.id", equalTo("changshu-repost"))
                .body(item("b0000000-0000-4000-8000-000000000035") + ".verification", equalTo("REPORTED"))
                .body(item("b0000000-0000-4000-8000-000000000036") + ".kind", equalTo("SUBSIDY_UPLIFT"))
                .body(item("b0000000-0000-4000-8000-000000000036") + ".upliftPercent", equalTo(30))
                .body(item("b0000000-0000-4000-8000-000000000036") + ".level", nullValue())
                .body(
                        item("b0000000-0000-4000-8000-000000000036") + ".conditions",
                        equalTo("For occupations in the local shortage catalogue."));
    }

    @Test
    void changshuLevelsFiveAndFourGiveOneThousandAndFifteenHundred() {
        at("320581", "5", "2025-06-01").body(amounts(CHANGSHU), contains(1000));
        at("320581", "4", "2025-06-01").body(amounts(CHANGSHU), contains(1500));
    }

    @Test
    void yangzhouPaidOneThousandToTwoThousandInTwentyNineteenAndTwentyTwenty() {
        at("321000", "5", "2019-01-01").body(amounts(YANGZHOU), contains(1000));
        at("321000", "4", "2020-06-01").body(amounts(YANGZHOU), contains(1500));
        at("321000", "3", "2020-12-31")
                .body(amounts(YANGZHOU), contains(2000))
                .body(ofPolicy(YANGZHOU) + ".effectiveFrom", hasItem("2019-01-01"))
                .body(ofPolicy(YANGZHOU) + ".effectiveTo", everyItem(equalTo("2020-12-31")))
                .body(ofPolicy(YANGZHOU) + ".source.id", everyItem(equalTo("peoples-daily-2019-01-25")))
                .body(ofPolicy(YANGZHOU) + ".verification", everyItem(equalTo("REPORTED")));
        at("321000", "3", "2020-06-01")
                .body(ofPolicy(YANGZHOU) + ".upliftPercent", hasItem(30))
                .body(ofPolicy(YANGZHOU) + ".conditions", hasItem(containsString("以培训和鉴定费用为限")));
    }

    @Test
    void yangzhouPaysNothingBeforeTwentyNineteenNorBetweenItsTwoPeriods() {
        at("321000", "5", "2018-12-31").body(ofPolicy(YANGZHOU), empty());
        at("321000", "5", "2021-01-01").body(ofPolicy(YANGZHOU), empty());
        at("321000", "5", "2023-04-30").body(ofPolicy(YANGZHOU), empty());
    }

    @Test
    void yangzhousGovernmentPageOfMayTwentyTwentyThreeGivesItsOwnAmounts() {
        at("321000", "5", "2023-05-01")
                .body(
                        ofPolicy(YANGZHOU) + ".kind",
                        contains(
                                "CERTIFICATE_SUBSIDY",
                                "SPECIAL_CERTIFICATE_SUBSIDY",
                                "TRAINING_SUBSIDY",
                                "SUBSIDY_UPLIFT"))
                .body(ofPolicy(YANGZHOU) + ".collect { it.amount?.amount }", contains(1000, 1000, 500, null))
                .body(ofPolicy(YANGZHOU) + ".upliftPercent", contains(null, null, null, 30))
                .body(ofPolicy(YANGZHOU) + ".effectiveFrom", everyItem(equalTo("2023-05-01")))
                .body(ofPolicy(YANGZHOU) + ".source.id", everyItem(equalTo("yangzhou-gov-2023-05")))
                .body(ofPolicy(YANGZHOU) + ".verification", everyItem(equalTo("OFFICIAL")));
        at("321000", "4", "2025-06-01").body(amounts(YANGZHOU), contains(1500));
        // The 2023 page gives no level-3 amount.
        at("321000", "3", "2025-06-01").body(amounts(YANGZHOU), empty());
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Guangdong: Zhanjiang, the measures' full text, the 2025 catalogue, Guangzhou's catalogue
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void zhanjiangPaysOneThousandToTwoThousandWithThirtyPercentMoreAtLevelThreeInShortage() {
        at("440800", "5", "2025-06-01").body(amounts(ZHANJIANG), contains(1000));
        at("440800", "4", "2025-06-01").body(amounts(ZHANJIANG), contains(1500));
        at("440800", "3", "2025-06-01")
                .body("searchedRegions.code", contains("440800", "440000", "CN"))
                .body(amounts(ZHANJIANG), contains(2000))
                .body(ofPolicy(ZHANJIANG) + ".upliftPercent", contains(null, 30))
                .body(ofPolicy(ZHANJIANG) + ".level", contains(3, 3))
                .body(ofPolicy(ZHANJIANG) + ".conditions", hasItem("省级目录定有补贴标准的,按省级目录执行。"))
                .body(ofPolicy(ZHANJIANG) + ".source.id", everyItem(equalTo("zhanjiang-hrss")))
                .body(ofPolicy(ZHANJIANG) + ".verification", everyItem(equalTo("OFFICIAL")))
                .body("items.policy.id", hasItem(GUANGDONG));
    }

    @Test
    void guangdongsMeasuresNameWhoMayClaimFromTheirFullText() {
        policy(GUANGDONG, "en")
                .body("eligibility", containsString("Aged 16 to 60 (men) or 55 (women)"))
                .body(
                        "eligibility",
                        containsString("not civil-service staff on the payroll, full-time students or " + "pensioners"))
                .body("eligibility", containsString("apply within 12 months of its issue"))
                .body("summary", containsString("at a rate each city sets"))
                .body("effectiveFrom", equalTo("2023-08-15"))
                .body("sourceId", equalTo("gd-measures-repost"))
                .body("verification", equalTo("REPORTED"))
                .body("benefits.upliftPercent", contains(30, 30, 30))
                .body("benefits.sourceId", everyItem(equalTo("gd-measures-repost")))
                .body("benefits.conditions", everyItem(containsString("each city sets the rate, up to 30%")));
    }

    @Test
    void guangdongsTwentyTwentyFiveCatalogueSitsBesideTheSeedArticlesThreeThousandSixHundred() {
        policy("guangdong-skill-subsidy-catalogue-2025", "en")
                .body("region.code", equalTo("440000"))
                .body("category", equalTo("SKILL_SUBSIDY"))
                .body("summary", containsString("510 occupations (426 in the 2023 edition)"))
                .body("summary", containsString("adds 14 digital occupations"))
                .body("summary", containsString("class A (238 occupations) is subsidised at 1,000 to 3,600 yuan"))
                .body("summary", containsString("the two may be the same figure"))
                .body("sourceId", equalTo("gd-catalogue-2025-repost"))
                .body("verification", equalTo("UNCONFIRMED"))
                .body("benefits", empty());
        policy("local-skill-subsidies", "en")
                .body("summary", containsString("The 3,600-yuan figure is unconfirmed"))
                .body("summary", containsString("which may be where it comes from"))
                .body("sourceId", equalTo("seed-article"))
                .body("verification", equalTo("UNCONFIRMED"));
    }

    @Test
    void guangzhousCatalogueHasItsNameFromTheNanfangDailyReport() {
        policy("guangzhou-urgent-occupations-2024", "zh-CN")
                .body("title", equalTo("广州企业紧缺急需职业(工种)目录(2024年)"))
                .body("summary", containsString("深圳、珠海和佛山当时正计划将其列入本地目录"))
                .body("category", equalTo("OCCUPATION_CATALOGUE"))
                .body("sourceId", equalTo("nanfang-daily-2024"))
                .body("verification", equalTo("REPORTED"));
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Shanghai and Hangzhou
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void shanghaiListedTheOccupationInTwentyTwentyFourAndItsFirstClassHadFortyOneStudents() {
        policy("shanghai-urgent-high-skill-occupations-2024", "en")
                .body("category", equalTo("OCCUPATION_CATALOGUE"))
                .body(
                        "summary",
                        containsString("In 2024 AI Trainer was listed in Shanghai's catalogue of urgently "
                                + "needed high-skill occupations"))
                .body("summary", containsString("had 41 students"))
                .body("sourceId", equalTo("chinanews-2025-03-26"))
                .body("verification", equalTo("REPORTED"));
    }

    @Test
    void shanghaiRaisedTheSubsidyThirtyPercentAsAKeySupportedItem() {
        policy("shanghai-subsidy-catalogue-key-item", "en")
                .body("summary", containsString("made it a key supported item of its subsidy catalogue"))
                .body("summary", containsString("about 30% theory and 70% practice"))
                .body("sourceId", equalTo("xinhua-2026-01-25"))
                .body("benefits.kind", contains("SUBSIDY_UPLIFT"))
                .body("benefits.upliftPercent", contains(30))
                .body("benefits.level", contains((Object) null))
                .body("benefits.conditions", contains(containsString("do not add both")))
                .body("benefits.verification", contains("REPORTED"));
    }

    @Test
    void hangzhouStartedTheOneExamTwoCertificatesPilotWithoutAmounts() {
        policy("hangzhou-one-exam-two-certificates-pilot", "en")
                .body("region.code", equalTo("330100"))
                .body("summary", containsString("an enterprise certificate and the skill-level certificate"))
                .body("summary", containsString("skill subsidies and residence points"))
                .body("summary", containsString("quotes CCTV Finance"))
                .body("sourceId", equalTo("hubei-2024-catalogue"))
                .body("verification", equalTo("REPORTED"))
                .body("benefits", empty());
        given().queryParam("region", "330122")
                .get(POLICIES)
                .then()
                .statusCode(200)
                .body("items.id", hasItem("hangzhou-one-exam-two-certificates-pilot"));
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Hunan, Shanxi (Taiyuan, Lüliang), Sichuan (Chengdu), Fujian (Xiamen)
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void hunanPaysOneThousandToTwoThousandProvinceWideWithTenPercentMoreInShortage() {
        at("430000", "5", "2025-06-01").body(amounts(HUNAN), contains(1000));
        at("430000", "4", "2025-06-01").body(amounts(HUNAN), contains(1500));
        at("430000", "3", "2025-06-01")
                .body(amounts(HUNAN), contains(2000))
                .body(ofPolicy(HUNAN) + ".upliftPercent", contains(null, 10))
                .body(ofPolicy(HUNAN) + ".source.id", everyItem(equalTo("hunan-repost")))
                .body(ofPolicy(HUNAN) + ".verification", everyItem(equalTo("REPORTED")));
    }

    @Test
    void taiyuansAmountsApplyFromThePageOfTheTwentiethOfJulyTwentyTwenty() {
        at("140100", "3", "2020-07-19").body(ofPolicy(TAIYUAN), empty());
        at("140100", "5", "2020-07-20").body(amounts(TAIYUAN), contains(1000));
        at("140100", "4", "2020-07-20").body(amounts(TAIYUAN), contains(1500));
        at("140100", "3", "2020-07-20")
                .body("searchedRegions.code", contains("140100", "140000", "CN"))
                .body(amounts(TAIYUAN), contains(2000))
                .body(ofPolicy(TAIYUAN) + ".upliftPercent", contains(null, 20))
                .body(ofPolicy(TAIYUAN) + ".source.id", everyItem(equalTo("taiyuan-repost")));
        policy(TAIYUAN, "en").body("issuedOn", equalTo("2020-07-20"));
    }

    @Test
    void lvliangsShortageAmountsAreCertificateAmountsOfTheirOwn() {
        at("141100", "5", "2025-06-01").body(amounts(LVLIANG), contains(1300));
        at("141100", "4", "2025-06-01").body(amounts(LVLIANG), contains(1950));
        at("141100", "3", "2025-06-01")
                .body(amounts(LVLIANG), contains(2600))
                .body(ofPolicy(LVLIANG) + ".kind", contains("CERTIFICATE_SUBSIDY"))
                .body(ofPolicy(LVLIANG) + ".conditions", contains("适用于紧缺职业,已含30%的上浮。"))
                .body(ofPolicy(LVLIANG) + ".source.id", contains("lvliang-repost"));
    }

    @Test
    void chengduPaysTheUsualAmountsAndShortageOccupationsTheirOwn() {
        lookup("region", "510100", "level", "3", "on", "2025-06-01")
                .body("searchedRegions.code", contains("510100", "510000", "CN"))
                .body("items.policy.id", contains(CHENGDU, CHENGDU_SHORTAGE, NATIONAL));
        at("510100", "5", "2025-06-01").body(amounts(CHENGDU), contains(1000));
        at("510100", "4", "2025-06-01").body(amounts(CHENGDU), contains(1500));
        at("510100", "3", "2025-06-01").body(amounts(CHENGDU), contains(2000));
        at("510100", "5", "2025-06-01").body(amounts(CHENGDU_SHORTAGE), contains(1100));
        at("510100", "4", "2025-06-01").body(amounts(CHENGDU_SHORTAGE), contains(1800));
        at("510100", "3", "2025-06-01")
                .body(amounts(CHENGDU_SHORTAGE), contains(2500))
                .body(ofPolicy(CHENGDU_SHORTAGE) + ".kind", contains("CERTIFICATE_SUBSIDY"))
                .body(ofPolicy(CHENGDU_SHORTAGE) + ".conditions", contains("适用于紧缺职业,代替一般职业的2000元。"))
                .body(ofPolicy(CHENGDU_SHORTAGE) + ".source.id", contains("chengdu-repost"));
    }

    @Test
    void xiamenPaysATrainingSubsidyNeverACertificateSubsidy() {
        lookup("region", "350200", "on", "2025-06-01")
                .body("searchedRegions.code", contains("350200", "350000", "CN"))
                .body(ofPolicy(XIAMEN) + ".kind", everyItem(not(equalTo("CERTIFICATE_SUBSIDY"))))
                .body(ofPolicy(XIAMEN) + ".findAll { it.kind == 'TRAINING_SUBSIDY' }.level", contains(5, 4, 3, 2, 1))
                .body(
                        ofPolicy(XIAMEN) + ".findAll { it.kind == 'TRAINING_SUBSIDY' }.amount.amount",
                        contains(700, 1000, 1500, 2000, 3000))
                .body(ofPolicy(XIAMEN) + ".source.id", everyItem(equalTo("xiamen-repost")))
                .body(ofPolicy(XIAMEN) + ".verification", everyItem(equalTo("REPORTED")));
    }

    @Test
    void xiamenAddsTwentyPercentForShortageAndThirtyForKeyOccupations() {
        lookup("region", "350200", "level", "1", "on", "2025-06-01", "lang", "en")
                .body(ofPolicy(XIAMEN) + ".upliftPercent", contains(null, 20))
                .body(
                        ofPolicy(XIAMEN) + ".conditions",
                        hasItem("Shortage occupations: 20% more of the training " + "subsidy."))
                .body(ofPolicy(XIAMEN_KEY) + ".upliftPercent", contains(30))
                .body(
                        ofPolicy(XIAMEN_KEY) + ".conditions",
                        contains("Key occupations: 30% more of the training " + "subsidy."));
    }

    @Test
    void aTrainingSubsidyIsABenefitKindNotAPolicyCategory() {
        given().queryParam("category", "SKILL_SUBSIDY")
                .queryParam("region", "350200")
                .queryParam("size", 100)
                .get(POLICIES)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(XIAMEN));
        given().queryParam("category", "TRAINING_SUBSIDY")
                .get(POLICIES)
                .then()
                .spec(Problems.invalidParameter(POLICIES, "category"));
    }

    // ----------------------------------------------------------------------------------------------------------------

    /** The lookup for a region, level and date; {@link #amounts} picks a policy's certificate amounts from it. */
    private static ValidatableResponse at(String region, String level, String on) {
        return lookup("region", region, "level", level, "on", on);
    }

    private static String amounts(String policy) {
        return "items.findAll { it.policy.id == '" + policy + "' && it.kind == 'CERTIFICATE_SUBSIDY' }.amount.amount";
    }

    private static String item(String benefitId) {
        return "items.find { it.benefitId == '" + benefitId + "' }";
    }

    private static String ofPolicy(String policy) {
        return "items.findAll { it.policy.id == '" + policy + "' }";
    }

    private static ValidatableResponse policy(String id, String language) {
        return given().queryParam("lang", language)
                .get(POLICIES + "/" + id)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON);
    }

    private static ValidatableResponse lookup(String... parameters) {
        RequestSpecification request = given().queryParam("size", 100);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get(SUBSIDIES).then().statusCode(200).contentType(ContentType.JSON);
    }
}
