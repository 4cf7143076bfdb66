package org.aitrainer.api.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class PolicyResourceTest {

    private static final String POLICIES = "/api/v1/policies";
    private static final String AI_PLAN = "new-generation-ai-development-plan";
    private static final String UNEMPLOYMENT_INSURANCE = "unemployment-insurance-skill-subsidy-2017";
    private static final String SKILLS_ACTION_PLAN = "skills-upgrading-action-plan-2019";
    private static final String NEW_OCCUPATIONS = "new-occupations-2020";
    private static final String LOCAL_TALENT = "local-talent-subsidies";
    private static final String LOCAL_HOUSING = "local-housing-support";
    private static final String LOCAL_SKILL = "local-skill-subsidies";
    private static final String SHENZHEN = "shenzhen-skill-certificate-subsidy";
    private static final String GUANGDONG = "guangdong-skill-training-subsidy-measures";
    private static final String GUANGZHOU = "guangzhou-urgent-occupations-2024";
    private static final String SHANGHAI = "shanghai-key-industry-skills-pilot-2024";
    private static final String TONGLU = "tonglu-one-exam-two-certificates";
    private static final String GUANGDONG_2025 = "guangdong-skill-subsidy-catalogue-2025";
    private static final String ZHANJIANG = "zhanjiang-skill-improvement-subsidy";
    private static final String SHANGHAI_CATALOGUE = "shanghai-urgent-high-skill-occupations-2024";
    private static final String SHANGHAI_KEY_ITEM = "shanghai-subsidy-catalogue-key-item";
    private static final String YANGZHOU = "yangzhou-skill-improvement-subsidy";
    private static final String CHANGSHU = "changshu-skill-subsidy";
    private static final String HUNAN = "hunan-skill-improvement-subsidy";
    private static final String TAIYUAN = "taiyuan-skill-improvement-subsidy";
    private static final String LVLIANG = "lvliang-shortage-occupation-skill-subsidy";
    private static final String CHENGDU = "chengdu-skill-improvement-subsidy";
    private static final String CHENGDU_SHORTAGE = "chengdu-shortage-occupation-skill-improvement-subsidy";
    private static final String XIAMEN = "xiamen-vocational-training-subsidy";
    private static final String XIAMEN_KEY = "xiamen-key-occupation-training-subsidy";
    private static final String HANGZHOU = "hangzhou-one-exam-two-certificates-pilot";

    @Test
    void listsAllTwentySixPoliciesNationalFirstInTheOrderRecorded() {
        list().body("page.totalItems", equalTo(26))
                .body("page.totalPages", equalTo(1))
                .body(
                        "items.id",
                        contains(
                                AI_PLAN,
                                UNEMPLOYMENT_INSURANCE,
                                SKILLS_ACTION_PLAN,
                                NEW_OCCUPATIONS,
                                LOCAL_TALENT,
                                LOCAL_HOUSING,
                                LOCAL_SKILL,
                                SHENZHEN,
                                GUANGDONG,
                                GUANGZHOU,
                                SHANGHAI,
                                TONGLU,
                                GUANGDONG_2025,
                                ZHANJIANG,
                                SHANGHAI_CATALOGUE,
                                SHANGHAI_KEY_ITEM,
                                YANGZHOU,
                                CHANGSHU,
                                HUNAN,
                                TAIYUAN,
                                LVLIANG,
                                CHENGDU,
                                CHENGDU_SHORTAGE,
                                XIAMEN,
                                XIAMEN_KEY,
                                HANGZHOU));
    }

    @Test
    void theDefaultPageHoldsTheFirstTwentyOfTwoPages() {
        given().get(POLICIES)
                .then()
                .statusCode(200)
                .body("items", hasSize(20))
                .body("page.size", equalTo(20))
                .body("page.totalItems", equalTo(26))
                .body("page.totalPages", equalTo(2));
    }

    @Test
    void listItemsHaveNoBenefitsProperty() {
        list().body("items", hasSize(26)).body("items", everyItem(not(hasKey("benefits"))));
    }

    @Test
    void listItemCarriesThePolicysFacts() {
        list("lang", "en")
                .body("items[0].id", equalTo(AI_PLAN))
                .body("items[0].title", equalTo("New Generation Artificial Intelligence Development Plan"))
                .body("items[0].issuer", equalTo("State Council"))
                .body("items[0].documentNumber", equalTo("国发〔2017〕35号"))
                .body("items[0].category", equalTo("DEVELOPMENT_PLAN"))
                .body("items[0].scope", equalTo("NATIONAL"))
                .body("items[0].region.code", equalTo("CN"))
                .body("items[0].region.name", equalTo("China"))
                .body("items[0].issuedOn", equalTo("2017-07-08"))
                .body("items[0].effectiveFrom", nullValue())
                .body("items[0].sourceId", equalTo("state-council-2017-35"))
                .body("items[0].verification", equalTo("OFFICIAL"));
    }

    @Test
    void categoryKeepsOnlySkillSubsidies() {
        list("category", "SKILL_SUBSIDY")
                .body(
                        "items.id",
                        contains(
                                UNEMPLOYMENT_INSURANCE,
                                LOCAL_SKILL,
                                SHENZHEN,
                                GUANGDONG,
                                SHANGHAI,
                                TONGLU,
                                GUANGDONG_2025,
                                ZHANJIANG,
                                SHANGHAI_KEY_ITEM,
                                YANGZHOU,
                                CHANGSHU,
                                HUNAN,
                                TAIYUAN,
                                LVLIANG,
                                CHENGDU,
                                CHENGDU_SHORTAGE,
                                XIAMEN,
                                XIAMEN_KEY,
                                HANGZHOU))
                .body("items.category", everyItem(equalTo("SKILL_SUBSIDY")));
    }

    @Test
    void countyScopeIsTongluAndChangshu() {
        list("scope", "COUNTY").body("items.id", contains(TONGLU, CHANGSHU));
    }

    @Test
    void shenzhenGetsItsOwnGuangdongsAndNationalPolicies() {
        list("region", "440300")
                .body(
                        "items.id",
                        contains(
                                AI_PLAN,
                                UNEMPLOYMENT_INSURANCE,
                                SKILLS_ACTION_PLAN,
                                NEW_OCCUPATIONS,
                                SHENZHEN,
                                GUANGDONG,
                                GUANGDONG_2025))
                .body("items.id", everyItem(not(oneOf(SHANGHAI, TONGLU, GUANGZHOU))))
                .body("items.id", everyItem(not(oneOf(LOCAL_TALENT, LOCAL_HOUSING, LOCAL_SKILL))))
                .body("items.region.code", everyItem(oneOf("440300", "440000", "CN")));
    }

    @Test
    void nationalRegionGetsNationalPoliciesOnly() {
        list("region", "CN")
                .body("items.id", contains(AI_PLAN, UNEMPLOYMENT_INSURANCE, SKILLS_ACTION_PLAN, NEW_OCCUPATIONS))
                .body("items.scope", everyItem(equalTo("NATIONAL")));
    }

    @Test
    void levelThreeKeepsPoliciesWithALevelThreeOrLevellessBenefit() {
        list("level", "3")
                .body(
                        "items.id",
                        contains(
                                UNEMPLOYMENT_INSURANCE,
                                SHENZHEN,
                                GUANGDONG,
                                SHANGHAI,
                                TONGLU,
                                ZHANJIANG,
                                SHANGHAI_KEY_ITEM,
                                YANGZHOU,
                                CHANGSHU,
                                HUNAN,
                                TAIYUAN,
                                LVLIANG,
                                CHENGDU,
                                CHENGDU_SHORTAGE,
                                XIAMEN,
                                XIAMEN_KEY));
    }

    @Test
    void levelOneLeavesOutPoliciesWhoseBenefitsStopAtLevelThree() {
        list("level", "1")
                .body(
                        "items.id",
                        contains(
                                GUANGDONG,
                                SHANGHAI,
                                TONGLU,
                                SHANGHAI_KEY_ITEM,
                                YANGZHOU,
                                CHANGSHU,
                                HUNAN,
                                TAIYUAN,
                                XIAMEN,
                                XIAMEN_KEY));
    }

    @Test
    void inForceInShenzhenInMidTwentyTwentyFive() {
        list("on", "2025-06-01", "region", "440300")
                .body(
                        "items.id",
                        contains(
                                AI_PLAN,
                                UNEMPLOYMENT_INSURANCE,
                                SKILLS_ACTION_PLAN,
                                NEW_OCCUPATIONS,
                                SHENZHEN,
                                GUANGDONG,
                                GUANGDONG_2025));
    }

    @Test
    void guangdongMeasuresHaveEndedInShenzhenByTwentyTwentySix() {
        list("on", "2026-01-01", "region", "440300")
                .body(
                        "items.id",
                        contains(
                                AI_PLAN,
                                UNEMPLOYMENT_INSURANCE,
                                SKILLS_ACTION_PLAN,
                                NEW_OCCUPATIONS,
                                SHENZHEN,
                                GUANGDONG_2025));
    }

    @Test
    void policyWithoutEffectiveDateStartsOnItsIssueDate() {
        list("on", "2017-07-07", "region", "CN").body("items.id", contains(UNEMPLOYMENT_INSURANCE, NEW_OCCUPATIONS));
        list("on", "2017-07-08", "region", "CN")
                .body("items.id", contains(AI_PLAN, UNEMPLOYMENT_INSURANCE, NEW_OCCUPATIONS));
    }

    @Test
    void searchInChineseFindsTitlesAndSummaries() {
        // Guangzhou's summary says Shenzhen was planning to list the occupation too.
        list("q", "深圳").body("items.id", contains(SHENZHEN, GUANGZHOU));
    }

    @Test
    void searchInEnglishIgnoresCase() {
        list("q", "shenzhen").body("items.id", contains(SHENZHEN, GUANGZHOU));
        list("q", "SHENZHEN").body("items.id", contains(SHENZHEN, GUANGZHOU));
    }

    @Test
    void searchMatchesDocumentNumbers() {
        list("q", "国发").body("items.id", contains(AI_PLAN)).body("items.documentNumber", contains("国发〔2017〕35号"));
    }

    @Test
    void unconfirmedPoliciesAreTheLocalSkillSubsidySummaryAndGuangdongsTwentyTwentyFiveCatalogue() {
        list("verification", "UNCONFIRMED")
                .body("items.id", contains(LOCAL_SKILL, GUANGDONG_2025))
                .body("items.verification", everyItem(equalTo("UNCONFIRMED")));
    }

    @Test
    void filtersCombine() {
        list("category", "SKILL_SUBSIDY", "region", "440300", "on", "2026-01-01")
                .body("items.id", contains(UNEMPLOYMENT_INSURANCE, SHENZHEN, GUANGDONG_2025));
        list("category", "SKILL_SUBSIDY", "scope", "PROVINCIAL", "region", "440300", "level", "3", "on", "2025-06-01")
                .body("items.id", contains(GUANGDONG));
    }

    @Test
    void latestIssuedFirstWithUnknownIssueDatesLast() {
        List<String> issuedOn = new ArrayList<>(List.of("2020-07-20", "2019-05-18", "2017-07-08"));
        issuedOn.addAll(Collections.nCopies(23, null));
        list("sort", "-issuedOn")
                .body("items.id[0]", equalTo(TAIYUAN))
                .body("items.id[1]", equalTo(SKILLS_ACTION_PLAN))
                .body("items.id[2]", equalTo(AI_PLAN))
                .body("items.issuedOn", equalTo(issuedOn));
    }

    @Test
    void sortByTitleInEnglishIsAlphabeticalByEnglishTitle() {
        list("sort", "title", "lang", "en")
                .body(
                        "items.title",
                        contains(
                                "Announcement of 16 new occupations (second batch), February 2020",
                                "Changshu vocational skill subsidy",
                                "Chengdu skill-improvement subsidy",
                                "Chengdu skill-improvement subsidy for shortage occupations",
                                "Guangdong Province Administrative Measures for Vocational Skill Training Subsidies",
                                "Guangdong guiding catalogue of skill-improvement subsidy standards (2025 edition)",
                                "Guangzhou catalogue of occupations (work types) urgently needed by enterprises (2024)",
                                "Hangzhou \"one exam, two certificates\" pilot for AI trainers",
                                "Hunan skill-improvement subsidy",
                                "Local housing support",
                                "Local talent subsidies",
                                "Local vocational skill subsidies",
                                "Lüliang skill-improvement subsidy for shortage occupations",
                                "New Generation Artificial Intelligence Development Plan",
                                "Notice on the unemployment-insurance skill-improvement subsidy (May 2017)",
                                "Shanghai catalogue of urgently needed high-skill occupations (2024)",
                                "Shanghai key-industry skills pilot",
                                "Shanghai subsidy catalogue: AI Trainer as a key supported item",
                                "Shenzhen skill-certificate subsidy",
                                "Taiyuan skill-improvement subsidy",
                                "Tonglu County \"one exam, two certificates\" subsidy",
                                "Vocational Skills Upgrading Action Plan (2019–2021)",
                                "Xiamen training subsidy uplift for key occupations",
                                "Xiamen vocational training subsidy",
                                "Yangzhou skill-improvement subsidy",
                                "Zhanjiang unemployment-insurance skill-improvement subsidy"));
    }

    @Test
    void shenzhenPolicyHasItsOwnFacts() {
        shenzhenPolicy()
                .body("id", equalTo(SHENZHEN))
                .body("title", equalTo("深圳市职业技能证书补贴"))
                .body("category", equalTo("SKILL_SUBSIDY"))
                .body("scope", equalTo("MUNICIPAL"))
                .body("region.code", equalTo("440300"))
                .body("region.name", equalTo("深圳市"))
                .body("sourceId", equalTo("sz-repost-cdhao"))
                .body("verification", equalTo("REPORTED"));
    }

    @Test
    void shenzhenPolicyListsAllSixBenefitsInHistoryOrder() {
        shenzhenPolicy()
                .body("benefits", hasSize(6))
                .body(
                        "benefits.id",
                        contains(
                                "b0000000-0000-4000-8000-000000000007",
                                "b0000000-0000-4000-8000-000000000008",
                                "b0000000-0000-4000-8000-000000000004",
                                "b0000000-0000-4000-8000-000000000062",
                                "b0000000-0000-4000-8000-000000000005",
                                "b0000000-0000-4000-8000-000000000006"))
                .body("benefits.level", contains(5, 4, 3, 3, 3, 3))
                .body("benefits.amount.amount", contains(1000, 1500, 2000, 2400, 2400, 3120))
                .body("benefits.amount.currency", everyItem(equalTo("CNY")))
                .body("benefits.kind", everyItem(equalTo("CERTIFICATE_SUBSIDY")))
                .body("benefits.upperLimit", everyItem(equalTo(false)));
    }

    @Test
    void shenzhenBenefitsKeepTheirDatesSourcesAndVerification() {
        // Two sources for level 3 in 2025: the seed article's 2,000 then 2,400, and the repost's 2,400 for the year.
        shenzhenPolicy()
                .body("benefits.effectiveFrom", contains(null, null, null, "2025-01-01", "2025-03-01", "2026-01-01"))
                .body("benefits.effectiveTo", contains(null, null, "2025-02-28", "2025-12-31", "2025-12-31", null))
                .body(
                        "benefits.sourceId",
                        contains(
                                "sz-repost-cdhao",
                                "sz-repost-cdhao",
                                "seed-article",
                                "sz-repost-cdhao",
                                "seed-article",
                                "sz-repost-cdhao"))
                .body(
                        "benefits.verification",
                        contains("REPORTED", "REPORTED", "UNCONFIRMED", "REPORTED", "UNCONFIRMED", "REPORTED"));
    }

    @Test
    void unknownPolicyIsNotFound() {
        given().get(POLICIES + "/no-such-policy")
                .then()
                .spec(Problems.notFound(POLICIES + "/no-such-policy"))
                .body("detail", equalTo("No policy has the id 'no-such-policy'"));
    }

    @Test
    void unknownCategoryIsRejected() {
        rejects(
                "category",
                "skill_subsidy",
                "must be one of DEVELOPMENT_PLAN, SKILL_SUBSIDY, TALENT_SUBSIDY, "
                        + "HOUSING, TAX_INCENTIVE, FUNDING, OCCUPATION_CATALOGUE");
    }

    @Test
    void unknownScopeIsRejected() {
        rejects("scope", "CITY", "must be one of NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY");
    }

    @Test
    void unknownVerificationIsRejected() {
        rejects("verification", "maybe", "must be one of OFFICIAL, REPORTED, UNCONFIRMED");
    }

    @Test
    void impossibleDateIsRejected() {
        rejects("on", "2025-02-30", "must be an existing date in the form YYYY-MM-DD");
    }

    @Test
    void levelSixIsRejected() {
        rejects("level", "6", "must be an integer from 1 to 5");
    }

    @Test
    void unknownRegionIsRejected() {
        rejects("region", "999999", "names no known region; GET /api/v1/regions lists them");
    }

    @Test
    void malformedRegionIsRejected() {
        rejects("region", "44030", "must be a GB/T 2260 region code of six digits, or CN for the nation");
    }

    @Test
    void unknownSortFieldIsRejected() {
        rejects(
                "sort",
                "-nope",
                "must be a comma-separated list of distinct fields from id, title, issuedOn, "
                        + "effectiveFrom, effectiveTo, scope, each optionally prefixed by - for descending order");
    }

    @Test
    void searchTextLongerThanOneHundredCharactersIsRejected() {
        rejects("q", "a".repeat(101), "must be at most 100 characters long");
    }

    private static ValidatableResponse shenzhenPolicy() {
        return given().get(POLICIES + "/" + SHENZHEN).then().statusCode(200).contentType(ContentType.JSON);
    }

    /** One page of 100 policies: every policy fits on it. */
    private static ValidatableResponse list(String... parameters) {
        RequestSpecification request = given().queryParam("size", 100);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get(POLICIES).then().statusCode(200).contentType(ContentType.JSON);
    }

    private static void rejects(String parameter, String value, String message) {
        given().queryParam(parameter, value)
                .get(POLICIES)
                .then()
                .spec(Problems.invalidParameter(POLICIES, parameter))
                .body("errors", hasSize(1))
                .body("errors[0].message", equalTo(message));
    }
}
