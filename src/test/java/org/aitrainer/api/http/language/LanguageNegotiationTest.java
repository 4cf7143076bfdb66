package org.aitrainer.api.http.language;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class LanguageNegotiationTest {

    private static final String LEVEL_THREE = "/api/v1/levels/3";
    private static final String ENGLISH_NAME = "Level 3 / Senior Worker";
    private static final String CHINESE_NAME = "三级/高级工";

    static final List<String> EVERY_RESOURCE = List.of(
            "/api/v1",
            "/api/v1/occupation",
            "/api/v1/levels",
            "/api/v1/levels/3",
            "/api/v1/work-types",
            "/api/v1/work-types/data-annotator",
            "/api/v1/duties",
            "/api/v1/duties/l3-training",
            "/api/v1/salary-ranges",
            "/api/v1/policies",
            "/api/v1/policies/shenzhen-skill-certificate-subsidy",
            "/api/v1/subsidies",
            "/api/v1/regions",
            "/api/v1/regions/440300",
            "/api/v1/sources",
            "/api/v1/sources/nosc-2021");

    @Test
    void acceptLanguageEnglishAnswersInEnglish() {
        levelThree("en", null).header("Content-Language", "en").body("name", equalTo(ENGLISH_NAME));
    }

    @Test
    void englishRegionalTagAnswersInEnglish() {
        levelThree("en-US,en;q=0.9", null).header("Content-Language", "en").body("name", equalTo(ENGLISH_NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh", "zh-TW"})
    void everyChineseTagAnswersInSimplifiedChinese(String acceptLanguage) {
        levelThree(acceptLanguage, null).header("Content-Language", "zh-CN").body("name", equalTo(CHINESE_NAME));
    }

    @Test
    void withoutAnyPreferenceTheAnswerIsInChinese() {
        levelThree(null, null).header("Content-Language", "zh-CN").body("name", equalTo(CHINESE_NAME));
    }

    @Test
    void unsupportedLanguageFallsBackToChineseRatherThanFailing() {
        levelThree("fr", null).header("Content-Language", "zh-CN").body("name", equalTo(CHINESE_NAME));
    }

    @Test
    void bestSupportedMatchWinsOverAHigherUnsupportedOne() {
        levelThree("fr;q=1, en;q=0.5", null).header("Content-Language", "en").body("name", equalTo(ENGLISH_NAME));
    }

    @Test
    void languageRefusedWithQualityZeroIsNotChosen() {
        levelThree("en;q=0", null).header("Content-Language", "zh-CN").body("name", equalTo(CHINESE_NAME));
    }

    @Test
    void langParameterEnglishOverridesAcceptLanguageChinese() {
        levelThree("zh-CN", "en").header("Content-Language", "en").body("name", equalTo(ENGLISH_NAME));
    }

    @Test
    void langParameterChineseOverridesAcceptLanguageEnglish() {
        levelThree("en", "zh-CN").header("Content-Language", "zh-CN").body("name", equalTo(CHINESE_NAME));
    }

    @Test
    void unsupportedLangParameterFallsBackToAcceptLanguage() {
        levelThree("en", "xx").header("Content-Language", "en").body("name", equalTo(ENGLISH_NAME));
    }

    @Test
    void unsupportedLangParameterWithoutAcceptLanguageFallsBackToChinese() {
        levelThree(null, "xx").header("Content-Language", "zh-CN").body("name", equalTo(CHINESE_NAME));
    }

    @Test
    void malformedAcceptLanguageIsIgnoredAndAnsweredInChinese() {
        levelThree("en;q=abc,,;;", null).header("Content-Language", "zh-CN").body("name", equalTo(CHINESE_NAME));
    }

    @ParameterizedTest
    @FieldSource("EVERY_RESOURCE")
    void everyResourceVariesByAcceptLanguage(String path) {
        given().get(path)
                .then()
                .statusCode(200)
                .header("Vary", containsString("Accept-Language"))
                .header("Content-Language", "zh-CN");
    }

    @Test
    void invalidParameterProblemIsInEnglishWhateverWasAskedFor() {
        given().header("Accept-Language", "zh-CN")
                .queryParam("lang", "zh-CN")
                .queryParam("level", "9")
                .get("/api/v1/subsidies")
                .then()
                .spec(Problems.invalidParameter("/api/v1/subsidies", "level"))
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"))
                .body("detail", equalTo("level must be an integer from 1 to 5"));
    }

    @Test
    void notFoundProblemIsInEnglishWhateverWasAskedFor() {
        given().header("Accept-Language", "zh-CN")
                .get("/api/v1/policies/no-such-policy")
                .then()
                .spec(Problems.notFound("/api/v1/policies/no-such-policy"))
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"));
    }

    @Test
    void unknownPathProblemIsInEnglish() {
        given().header("Accept-Language", "zh-CN")
                .get("/api/v1/no-such-collection")
                .then()
                .spec(Problems.http(404, "Not Found", "/api/v1/no-such-collection"))
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"));
    }

    private static ValidatableResponse levelThree(String acceptLanguage, String lang) {
        RequestSpecification request = given();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (lang != null) {
            request.queryParam("lang", lang);
        }
        return request.get(LEVEL_THREE).then().statusCode(200).header("Vary", containsString("Accept-Language"));
    }
}
