package org.aitrainer.api.estimate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class SubsidyEstimateResourceTest {

    private static final String ESTIMATES = "/api/v1/subsidy-estimates";
    private static final String BATCH = "/api/v1/subsidy-estimates/batch";
    private static final String SHENZHEN = "results.find { it.policyId == 'shenzhen-skill-certificate-subsidy' }";
    private static final String NATIONAL =
            "results.find { it.policyId == 'unemployment-insurance-skill-subsidy-2017' }";

    static Map<String, Object> shenzhen(String issued, String applying) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("region", "440300");
        body.put("level", 3);
        body.put("certificateIssuedOn", issued);
        body.put("applyingOn", applying);
        body.put("insuredMonths", 24);
        body.put("employmentStatus", "EMPLOYED");
        body.put("birthDate", "1990-01-01");
        return body;
    }

    private static Response post(Object body, String language) {
        return given().contentType("application/json")
                .header("Accept-Language", language)
                .body(body)
                .post(ESTIMATES);
    }

    @Test
    void anEligibleShenzhenCaseNamesEveryCheckWithItsSourceAndTheAmountTaken() {
        Response response = post(shenzhen("2025-06-01", "2025-07-01"), "en");
        response.then()
                .statusCode(200)
                .contentType("application/json")
                .header("Content-Language", "en")
                .header("Cache-Control", "no-store")
                .header("X-Data-Version", matchesPattern("[0-9]+"))
                .body("dataVersion", equalTo(Integer.parseInt(response.header("X-Data-Version"))))
                .body("applyingOn", equalTo("2025-07-01"))
                .body("searchedRegions.code", contains("440300", "440000", "CN"))
                .body(
                        "results.policyId",
                        contains("shenzhen-skill-certificate-subsidy", "unemployment-insurance-skill-subsidy-2017"))
                .body(SHENZHEN + ".outcome", equalTo("ELIGIBLE"))
                .body(SHENZHEN + ".selected", equalTo(true))
                .body(SHENZHEN + ".award.amount.amount", equalTo(2400))
                .body(SHENZHEN + ".award.upperLimit", equalTo(false))
                // two records for Shenzhen's level 3 in 2025: the repost's (REPORTED) is taken over the seed article's
                .body(SHENZHEN + ".award.sourceId", equalTo("sz-repost-cdhao"))
                .body(SHENZHEN + ".award.verification", equalTo("REPORTED"))
                .body(SHENZHEN + ".alternatives.sourceId", contains("seed-article"))
                .body(SHENZHEN + ".alternatives.verification", contains("UNCONFIRMED"))
                .body(SHENZHEN + ".amountOn", equalTo("2025-06-01"))
                .body(SHENZHEN + ".applyBy", equalTo("2026-06-01"))
                .body(SHENZHEN + ".missingInputs", hasSize(0))
                .body(SHENZHEN + ".checks.passed", everyItem(equalTo(true)))
                .body(SHENZHEN + ".checks.kind", hasItem("AGE_RANGE"))
                .body(SHENZHEN + ".checks.find { it.kind == 'AGE_RANGE' }.given", equalTo("35"))
                .body(SHENZHEN + ".checks.find { it.kind == 'AGE_RANGE' }.sourceId", equalTo("gd-measures-repost"))
                .body(SHENZHEN + ".checks.find { it.kind == 'AGE_RANGE' }.verification", equalTo("REPORTED"))
                .body(SHENZHEN + ".checks.find { it.kind == 'AGE_RANGE' }.ruleId", notNullValue())
                .body(SHENZHEN + ".checks.find { it.kind == 'MIN_INSURED_MONTHS' }.sourceId", equalTo("mohrss-2025-18"))
                .body(
                        SHENZHEN + ".checks.find { it.kind == 'MIN_INSURED_MONTHS' }.required",
                        equalTo("at least 12 months of unemployment-insurance contributions"))
                .body(SHENZHEN + ".checks.find { it.kind == 'MIN_INSURED_MONTHS' }.given", equalTo("24"))
                .body(SHENZHEN + ".uplifts.percent", contains(30))
                .body(NATIONAL + ".selected", equalTo(false))
                .body(NATIONAL + ".award.upperLimit", equalTo(true))
                .body(NATIONAL + ".reason", containsString("the estimate takes the more local"))
                .body("selected", equalTo("shenzhen-skill-certificate-subsidy"))
                .body("selection", containsString("Shenzhen"))
                .body("disclaimer", containsString("not a decision"));
    }

    @Test
    void theSurerRecordIsTakenBeforeTheMoreLocalOne() {
        // Before 2025-03-01 the seed article (UNCONFIRMED) gives 2,000 and the repost (REPORTED) 2,400.
        JsonPath answer = post(shenzhen("2025-02-15", "2025-03-01"), "en")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(answer.<Integer>get(SHENZHEN + ".award.amount.amount")).isEqualTo(2400);
        assertThat(answer.<String>get(SHENZHEN + ".award.sourceId")).isEqualTo("sz-repost-cdhao");
        assertThat(answer.<List<Integer>>get(SHENZHEN + ".alternatives.amount.amount"))
                .containsExactly(2000);
        assertThat(answer.<String>get(SHENZHEN + ".outcome")).isEqualTo("MORE_INFO");
    }

    @Test
    void aSeedArticleAmountAloneLosesToAReportedNationalLimit() {
        Map<String, Object> body = shenzhen("2024-06-01", "2024-07-01");
        body.put("level", 3);
        JsonPath answer = post(body, "en").then().statusCode(200).extract().jsonPath();
        // In 2024 Shenzhen's level 3 has the seed article's 2,000 (UNCONFIRMED) alone; the national limit is REPORTED.
        assertThat(answer.<String>get(SHENZHEN + ".award.verification")).isEqualTo("UNCONFIRMED");
        assertThat(answer.<String>get("selected")).isEqualTo("unemployment-insurance-skill-subsidy-2017");
        assertThat(answer.<String>get(SHENZHEN + ".reason")).contains("has a surer record (REPORTED over UNCONFIRMED)");
    }

    @Test
    void chineseIsTheDefaultLanguage() {
        post(shenzhen("2025-06-01", "2025-07-01"), "zh-CN")
                .then()
                .statusCode(200)
                .header("Content-Language", "zh-CN")
                .body(SHENZHEN + ".reason", equalTo("所有条件均已满足。"))
                .body(SHENZHEN + ".policyTitle", equalTo("深圳市职业技能证书补贴"))
                .body(
                        SHENZHEN + ".checks.find { it.kind == 'MIN_INSURED_MONTHS' }.required",
                        equalTo("失业保险累计缴费至少 12 个月"))
                .body("disclaimer", containsString("不是决定"));
    }

    @Test
    void aMissingInputIsNeverIneligible() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("region", "440300");
        body.put("level", 3);
        body.put("certificateIssuedOn", "2025-06-01");
        body.put("applyingOn", "2025-07-01");
        post(body, "en")
                .then()
                .statusCode(200)
                .body(SHENZHEN + ".outcome", equalTo("MORE_INFO"))
                .body(
                        SHENZHEN + ".missingInputs",
                        containsInAnyOrder(
                                "birthDate", "insuredMonths", "employmentStatus", "hukouRegion", "recentGraduate"))
                .body(SHENZHEN + ".checks.findAll { it.passed == false }", hasSize(0))
                .body(SHENZHEN + ".checks.find { it.kind == 'AGE_RANGE' }.passed", nullValue())
                .body(SHENZHEN + ".checks.find { it.kind == 'AGE_RANGE' }.missing", contains("birthDate"));
    }

    @Test
    void applyingOnIsTodayInShanghaiByDefault() {
        Map<String, Object> body = shenzhen("2025-06-01", null);
        body.remove("applyingOn");
        post(body, "en")
                .then()
                .statusCode(200)
                .body(
                        "applyingOn",
                        equalTo(org.aitrainer.api.core.ShanghaiDate.today().toString()));
    }

    @Test
    void everyBadFieldIsNamedByItsJsonPath() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("region", "999999");
        body.put("level", 7);
        body.put("certificateIssuedOn", "2025-08-01");
        body.put("applyingOn", "2025-07-01");
        body.put("insuredMonths", -1);
        body.put("birthDate", "2999-01-01");
        body.put("hukouRegion", "12");
        body.put("workType", "no-such-work");
        body.put("sex", "OTHER");
        body.put("previousSubsidies", List.of(Map.of("occupationCode", "x", "level", 9, "receivedOn", "2025-12-01")));
        post(body, "en")
                .then()
                .spec(Problems.invalidBody(ESTIMATES, "region"))
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "sex",
                                "region",
                                "level",
                                "workType",
                                "certificateIssuedOn",
                                "insuredMonths",
                                "birthDate",
                                "hukouRegion",
                                "previousSubsidies[0].occupationCode",
                                "previousSubsidies[0].level",
                                "previousSubsidies[0].receivedOn"))
                .body(
                        "errors.find { it.field == 'certificateIssuedOn' }.message",
                        equalTo("must not be after applyingOn"))
                .body("errors.find { it.field == 'level' }.message", equalTo("must be an integer from 1 to 5"))
                .body("errors.find { it.field == 'sex' }.message", equalTo("must be one of MALE, FEMALE"))
                .body("errors.find { it.field == 'birthDate' }.message", equalTo("must not be in the future"));
    }

    @Test
    void fieldsOfTheWrongTypeAreNamedTogetherWithTheOthers() {
        post(Map.of("region", "440300", "level", "three", "certificateIssuedOn", "2025-02-30"), "en")
                .then()
                .spec(Problems.invalidBody(ESTIMATES, "level"))
                .body("errors.field", containsInAnyOrder("level", "certificateIssuedOn"))
                .body("errors.find { it.field == 'level' }.message", equalTo("must be a number"))
                .body(
                        "errors.find { it.field == 'certificateIssuedOn' }.message",
                        equalTo("must be an existing date in the form YYYY-MM-DD"));
    }

    @Test
    void theRequiredFieldsAreNamedWhenAbsent() {
        post(Map.of(), "en")
                .then()
                .spec(Problems.invalidBody(ESTIMATES, "region"))
                .body("errors.field", contains("region", "level", "certificateIssuedOn"));
        given().contentType("application/json")
                .body("[1, 2]")
                .post(ESTIMATES)
                .then()
                .spec(Problems.invalidBody(ESTIMATES, "body"));
    }

    @Test
    void aBatchAnswersEachSituationInOrderAndABadRowFailsOnlyItself() {
        List<Map<String, Object>> situations = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> row = shenzhen("2025-06-01", "2025-07-01");
            row.put("id", "row-" + i);
            row.put("level", 5 - i % 3);
            if (i == 617) {
                row.put("level", 7);
            }
            situations.add(row);
        }
        JsonPath answer = given().contentType("application/json")
                .header("Accept-Language", "en")
                .body(Map.of("situations", situations))
                .post(BATCH)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Data-Version", matchesPattern("[0-9]+"))
                .extract()
                .jsonPath();
        List<String> ids = answer.getList("results.id");
        assertThat(ids).hasSize(1000);
        assertThat(ids.get(0)).isEqualTo("row-0");
        assertThat(ids.get(999)).isEqualTo("row-999");
        assertThat(answer.<Integer>getList("results.status").stream().filter(s -> s == 200))
                .hasSize(999);
        assertThat(answer.<Integer>get("results[617].status")).isEqualTo(400);
        assertThat(answer.<String>get("results[617].id")).isEqualTo("row-617");
        assertThat(answer.<Object>get("results[617].summary")).isNull();
        assertThat(answer.<Object>get("results[617].estimate")).isNull();
        assertThat(answer.<String>get("results[617].problem.type")).isEqualTo("/problems/invalid-body");
        assertThat(answer.<Integer>get("results[617].problem.status")).isEqualTo(400);
        assertThat(answer.<List<String>>get("results[617].problem.errors.field"))
                .containsExactly("situations[617].level");
        assertThat(answer.<String>get("results[617].problem.instance")).startsWith(BATCH + "#request=");
        assertThat(answer.<Object>get("results[616].problem")).isNull();
        assertThat(answer.<String>get("detail")).isEqualTo("summary");
        assertThat(answer.<String>get("results[614].summary.selected")).isEqualTo("shenzhen-skill-certificate-subsidy");
        assertThat(answer.<Object>get("results[614].estimate")).isNull();
        assertThat(answer.<List<String>>get("results[614].summary.results.policyId"))
                .containsExactly("shenzhen-skill-certificate-subsidy", "unemployment-insurance-skill-subsidy-2017");
        assertThat(answer.<String>get("results[614].summary.results[0].outcome"))
                .isEqualTo("ELIGIBLE");
        assertThat(answer.<Integer>get("results[614].summary.results[0].award.amount.amount"))
                .isEqualTo(2400);
        assertThat(answer.<String>get("results[614].summary.results[0].applyBy"))
                .isEqualTo("2026-06-01");
    }

    @Test
    void aBatchAnswersWholeEstimatesOnRequest() {
        Map<String, Object> row = shenzhen("2018-03-01", "2018-06-01");
        row.put("id", "old-certificate");
        row.put("region", "CN");
        Response response = given().contentType("application/json")
                .header("Accept-Language", "en")
                .queryParam("detail", "full")
                .body(Map.of("situations", List.of(row)))
                .post(BATCH);
        response.then()
                .statusCode(200)
                .body("detail", equalTo("full"))
                .body("results[0].summary", nullValue())
                .body("results[0].estimate.selected", nullValue())
                .body("results[0].estimate.results[0].outcome", equalTo("INELIGIBLE"))
                .body(
                        "results[0].estimate.results[0].checks.findAll { it.passed == false }.kind",
                        contains("MIN_INSURED_MONTHS"))
                .body("dataVersion", equalTo(Integer.parseInt(response.header("X-Data-Version"))));
        given().contentType("application/json")
                .body(Map.of("situations", List.of(row)))
                .post(BATCH)
                .then()
                .statusCode(200)
                .body("results[0].summary.results[0].failedChecks.kind", contains("MIN_INSURED_MONTHS"))
                .body("results[0].summary.results[0].failedChecks[0].sourceId", equalTo("mohrss-2017-40-repost"));
        given().contentType("application/json")
                .queryParam("detail", "everything")
                .body(Map.of("situations", List.of(row)))
                .post(BATCH)
                .then()
                .spec(Problems.invalidParameter(BATCH, "detail"));
    }

    /**
     * A summary is the whole estimate in short: for situations of every outcome (eligible, more information needed,
     * ineligible, no program at all), each row's summary says what the same row's whole estimate says.
     */
    @Test
    void aBatchSummarySaysWhatTheWholeEstimateSays() {
        List<Map<String, Object>> situations = new ArrayList<>();
        situations.add(shenzhen("2025-06-01", "2025-07-01"));
        situations.add(shenzhen("2025-01-15", "2025-02-01"));
        Map<String, Object> missing = shenzhen("2025-06-01", "2025-07-01");
        missing.remove("insuredMonths");
        missing.remove("employmentStatus");
        situations.add(missing);
        Map<String, Object> old = shenzhen("2018-03-01", "2018-06-01");
        old.put("region", "CN");
        situations.add(old);
        Map<String, Object> late = shenzhen("2024-03-01", "2025-06-01");
        late.put("region", "CN");
        situations.add(late);
        Map<String, Object> guangdong = shenzhen("2025-06-01", "2025-07-01");
        guangdong.put("region", "440100");
        guangdong.put("birthDate", "1967-03-01");
        guangdong.put("sex", "FEMALE");
        situations.add(guangdong);
        Map<String, Object> levelTwo = shenzhen("2025-06-01", "2025-07-01");
        levelTwo.put("level", 2);
        situations.add(levelTwo);
        Map<String, Object> yangzhou = shenzhen("2019-03-01", "2019-06-01");
        yangzhou.put("region", "321000");
        yangzhou.put("level", 4);
        yangzhou.put("insuredMonths", 14);
        yangzhou.put(
                "previousSubsidies",
                List.of(Map.of("occupationCode", "4-04-05-05", "level", 3, "receivedOn", "2018-08-01")));
        situations.add(yangzhou);
        Map<String, Object> before = shenzhen("2010-01-01", "2010-02-01");
        situations.add(before);
        for (int i = 0; i < situations.size(); i++) {
            situations.get(i).put("id", "s" + i);
        }
        JsonPath summaries = batch(situations, "summary");
        JsonPath estimates = batch(situations, "full");
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < situations.size(); i++) {
            String summary = "results[" + i + "].summary";
            String estimate = "results[" + i + "].estimate";
            assertThat(summaries.<Integer>get("results[" + i + "].status")).isEqualTo(200);
            assertThat(summaries.<String>get(summary + ".selected"))
                    .as("row %d", i)
                    .isEqualTo(estimates.<String>get(estimate + ".selected"));
            List<Map<String, Object>> results = estimates.getList(estimate + ".results");
            assertThat(summaries.<List<Object>>get(summary + ".results")).hasSameSizeAs(results);
            for (int r = 0; r < results.size(); r++) {
                String one = summary + ".results[" + r + "]";
                String whole = estimate + ".results[" + r + "]";
                for (String field : List.of("policyId", "outcome", "award", "applyBy", "selected", "missingInputs")) {
                    assertThat(summaries.<Object>get(one + "." + field))
                            .as("row %d result %d %s", i, r, field)
                            .isEqualTo(estimates.<Object>get(whole + "." + field));
                }
                assertThat(summaries.<String>get(one + ".region")).isEqualTo(estimates.get(whole + ".region.code"));
                List<Map<String, Object>> failed = new ArrayList<>();
                for (Map<String, Object> check : estimates.<Map<String, Object>>getList(whole + ".checks")) {
                    if (Boolean.FALSE.equals(check.get("passed"))) {
                        Map<String, Object> short_ = new LinkedHashMap<>();
                        short_.put("ruleId", check.get("ruleId"));
                        short_.put("policyId", check.get("policyId"));
                        short_.put("kind", check.get("kind"));
                        short_.put("sourceId", check.get("sourceId"));
                        failed.add(short_);
                    }
                }
                assertThat(summaries.<List<Map<String, Object>>>get(one + ".failedChecks"))
                        .as("row %d result %d failedChecks", i, r)
                        .isEqualTo(failed);
                outcomes.add(summaries.get(one + ".outcome"));
            }
        }
        assertThat(outcomes).contains("ELIGIBLE", "INELIGIBLE", "MORE_INFO");
    }

    private static JsonPath batch(List<Map<String, Object>> situations, String detail) {
        return given().contentType("application/json")
                .header("Accept-Language", "en")
                .queryParam("detail", detail)
                .body(Map.of("situations", situations))
                .post(BATCH)
                .then()
                .statusCode(200)
                .body("detail", equalTo(detail))
                .extract()
                .jsonPath();
    }

    @Test
    void aBatchBodyGivesItsSituationsOnceAsAnArray() {
        String row = "{\"id\": \"a\", \"region\": \"CN\", \"level\": 3, \"certificateIssuedOn\": \"2024-01-01\"}";
        given().contentType("application/json")
                .body("{\"situations\": [" + row + "], \"situations\": [" + row + "]}")
                .post(BATCH)
                .then()
                .spec(Problems.invalidBody(BATCH, "situations"))
                .body("errors[0].message", equalTo("is given twice; give one array"));
        given().contentType("application/json")
                .body("{\"situations\": " + row + "}")
                .post(BATCH)
                .then()
                .spec(Problems.invalidBody(BATCH, "situations"));
        given().contentType("application/json")
                .body("{\"situations\": [" + row + ", " + row.replace("\"a\"", "\"b\"") + "")
                .post(BATCH)
                .then()
                .spec(Problems.http(400, "Bad Request", BATCH))
                .body("detail", equalTo("The request body is not valid JSON or does not have the expected shape"));
        given().contentType("application/json")
                .body("{\"note\": {\"situations\": 1}, \"situations\": [" + row + ", null]}")
                .post(BATCH)
                .then()
                .statusCode(200)
                .body("results.id", contains("a", null))
                .body("results[0].status", equalTo(200))
                .body("results[1].status", equalTo(400))
                .body("results[1].problem.errors.field", contains("situations[1]"));
    }

    @Test
    void aBatchNeedsOneToAThousandSituationsEachWithItsId() {
        given().contentType("application/json")
                .body(Map.of("situations", List.of()))
                .post(BATCH)
                .then()
                .spec(Problems.invalidBody(BATCH, "situations"))
                .body("errors[0].message", equalTo("must hold 1 to 1000 situations; it holds 0"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("id", "r" + i, "region", "CN", "level", 3, "certificateIssuedOn", "2024-01-01"));
        }
        given().contentType("application/json")
                .body(Map.of("situations", tooMany))
                .post(BATCH)
                .then()
                .spec(Problems.invalidBody(BATCH, "situations"));
        given().contentType("application/json")
                .body(Map.of("rows", List.of()))
                .post(BATCH)
                .then()
                .spec(Problems.invalidBody(BATCH, "situations"));
        given().contentType("application/json")
                .body(Map.of(
                        "situations",
                        List.of(Map.of("region", "CN", "level", 3, "certificateIssuedOn", "2024-01-01"), 5)))
                .post(BATCH)
                .then()
                .statusCode(200)
                .body("results[0].id", nullValue())
                .body("results[0].problem.errors.field", contains("situations[0].id"))
                .body("results[1].problem.errors.field", contains("situations[1]"));
    }

    @Test
    void aBatchOfAThousandFitsItsLimitAndLargerBodiesAreRefused() {
        String filler = "x".repeat(300 * 1024);
        given().contentType("application/json")
                .body("{\"situations\": [], \"pad\": \"" + filler + "\"}")
                .post(BATCH)
                .then()
                .spec(Problems.http(413, "Content Too Large", BATCH));
        // A single estimate keeps the usual 64 KiB.
        given().contentType("application/json")
                .body("{\"region\": \"CN\", \"pad\": \"" + "x".repeat(70 * 1024) + "\"}")
                .post(ESTIMATES)
                .then()
                .spec(Problems.http(413, "Content Too Large", ESTIMATES));
    }

    @Test
    void aCsvBatchIsAnsweredInCsvOneRowPerProgram() {
        String csv =
                "id,region,level,certificateIssuedOn,applyingOn,insuredMonths,employmentStatus,previousSubsidies\r\n"
                        + "employee-1,440300,3,2025-06-01,2025-07-01,24,EMPLOYED,\r\n"
                        + "employee-2,321000,4,2019-03-01,2019-06-01,14,EMPLOYED,4-04-05-05:3:2018-08-01\r\n"
                        + "employee-3,,9,,,,,\r\n";
        String answer = given().contentType("text/csv")
                .body(csv)
                .post(BATCH)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("X-Data-Version", matchesPattern("[0-9]+"))
                .extract()
                .asString();
        assertThat(answer.split("\r\n"))
                .containsExactly(
                        "id,status,policyId,region,outcome,selected,amount,currency,upperLimit,applyBy,missingInputs,"
                                + "failedChecks,errors",
                        "employee-1,200,shenzhen-skill-certificate-subsidy,440300,MORE_INFO,true,2400,CNY,false,"
                                + "2026-06-01,birthDate,,",
                        "employee-1,200,unemployment-insurance-skill-subsidy-2017,CN,MORE_INFO,false,2000,CNY,true,"
                                + "2026-06-01,birthDate,,",
                        "employee-2,200,yangzhou-skill-improvement-subsidy,321000,ELIGIBLE,true,1500,CNY,false,"
                                + "2020-03-01,,,",
                        "employee-2,200,unemployment-insurance-skill-subsidy-2017,CN,ELIGIBLE,false,1500,CNY,true,"
                                + "2020-03-01,,,",
                        "employee-3,400,,,,,,,,,,,\"rows[2].region is required: a region code such as 440300, or CN; "
                                + "rows[2].level must be an integer from 1 to 5; rows[2].certificateIssuedOn is required: "
                                + "the certificate's issue date\"");
    }

    @Test
    void aCsvWithAnUnknownColumnIsRefusedWhole() {
        given().contentType("text/csv")
                .body("id,region,salary\r\na,CN,1\r\n")
                .post(BATCH)
                .then()
                .spec(Problems.invalidBody(BATCH, "header"));
    }
}
