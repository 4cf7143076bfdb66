package org.aitrainer.api.occupation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import org.aitrainer.api.support.PostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class OccupationResourceTest {

    private static final String PATH = "/api/v1/occupation";

    @Test
    void occupationIsTheAiTrainerOfTheNationalStandard() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("Content-Language", "zh-CN")
                .body("code", equalTo("4-04-05-05"))
                .body("name", equalTo("人工智能训练师"))
                .body("sourceId", equalTo("nosc-2021"))
                .body("verification", equalTo("OFFICIAL"));
    }

    @Test
    void occupationNameIsInEnglishWithLangEn() {
        given().queryParam("lang", "en")
                .get(PATH)
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("code", equalTo("4-04-05-05"))
                .body("name", equalTo("Artificial Intelligence Trainer"));
    }

    @Test
    void definitionIsTheOfficialTextOfTheStandard() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .body("definition.text", startsWith("使用智能训练软件,在人工智能产品实际使用过程中进行数据库管理"))
                .body("definition.asOf", nullValue())
                .body("definition.sourceId", equalTo("nosc-2021"))
                .body("definition.verification", equalTo("OFFICIAL"));
    }

    @Test
    void creationIsReportedAsFebruary2020() {
        given().queryParam("lang", "en")
                .get(PATH)
                .then()
                .statusCode(200)
                .body(
                        "creation.text",
                        equalTo("Created as a new occupation in February 2020, one of the 16 new "
                                + "occupations in the second batch."))
                .body("creation.asOf", equalTo("2020-02"))
                .body("creation.sourceId", equalTo("ithome-2021-11-28"))
                .body("creation.verification", equalTo("REPORTED"));
    }

    @Test
    void standardNamesTheOfficialEditionThenHowItWasDrafted() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .body("standard", hasSize(2))
                .body("standard[0].text", containsString("《国家职业技能标准 人工智能训练师(2021年版)》"))
                .body("standard[1].text", containsString("由阿里巴巴牵头"))
                .body("standard.asOf", contains("2021", "2021-11"))
                .body("standard.sourceId", contains("nosc-2021", "ithome-2021-11-28"))
                .body("standard.verification", contains("OFFICIAL", "REPORTED"));
    }

    @Test
    void environmentAndMinimumEducationComeFromTheStandard() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .body("environment.text", equalTo("室内,常温。"))
                .body("environment.sourceId", equalTo("nosc-2021"))
                .body("environment.verification", equalTo("OFFICIAL"))
                .body("minimumEducation.text", equalTo("最低学历:初中毕业。"))
                .body("minimumEducation.sourceId", equalTo("nosc-2021"))
                .body("minimumEducation.verification", equalTo("OFFICIAL"));
    }

    @Test
    void environmentAndMinimumEducationAreInEnglishWithLangEn() {
        given().queryParam("lang", "en")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("environment.text", equalTo("Indoors, at normal temperature."))
                .body("minimumEducation.text", equalTo("Minimum education: junior middle school."));
    }

    @Test
    void careerPathStartsWithTheDataAnnotatorAndHasFiveStepsInOrder() {
        given().queryParam("lang", "en")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("careerPath", hasSize(5))
                .body("careerPath[0].text", equalTo("Data annotator (entry level)"))
                .body("careerPath[1].text", equalTo("Senior trainer"))
                .body("careerPath[2].text", equalTo("Project manager"))
                .body("careerPath[3].text", equalTo("Technical director"))
                .body("careerPath[4].text", startsWith("Starting a business"))
                .body("careerPath.sourceId", everyItem(equalTo("seed-article")))
                .body("careerPath.verification", everyItem(equalTo("REPORTED")));
    }

    @Test
    void careerPathIsInChineseByDefault() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .body("careerPath[0].text", equalTo("数据标注员(初级起点)"))
                .body("careerPath[4].text", startsWith("自主创业"));
    }

    @Test
    void fourIndustriesHireAiTrainers() {
        given().queryParam("lang", "en")
                .get(PATH)
                .then()
                .statusCode(200)
                .body(
                        "industries.text",
                        contains("Internet and technology companies", "Finance", "Healthcare", "Manufacturing"))
                .body("industries.sourceId", everyItem(equalTo("seed-article")))
                .body("industries.verification", everyItem(equalTo("REPORTED")));
    }

    @Test
    void twoTechnologyTrendsAreReported() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .body("technologyTrends", hasSize(2))
                .body("technologyTrends.sourceId", everyItem(equalTo("seed-article")));
    }

    @Test
    void outlookKeepsTheFiveMillionStatementsSideBySideEachWithItsOwnSource() {
        given().queryParam("lang", "en")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("outlook", hasSize(6))
                .body(
                        "outlook.sourceId",
                        contains(
                                "seed-article",
                                "seed-article",
                                "ithome-2021-11-28",
                                "xinhua-2026-01-25",
                                "xuhui-labour-brand",
                                "sz-tv-2025-04-01"))
                .body("outlook.asOf", equalTo(Arrays.asList(null, "2025", "2022", "2025", null, "2025")))
                .body("outlook.verification", everyItem(equalTo("REPORTED")))
                .body(
                        "outlook[0].text",
                        equalTo("By one estimate, China is currently short of about 5 million AI " + "trainers."))
                .body("outlook[1].text", startsWith("Practitioners in China were expected to reach 5 million by 2025"))
                .body("outlook[2].text", containsString("Alibaba forecast"))
                .body("outlook[2].text", containsString("5 million by 2022"));
    }

    @Test
    void outlookGivesShanghai2025AssessmentFiguresFromXinhua() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .body("outlook[3].text", equalTo("2025年,上海人工智能训练师职业技能等级认定共1.63万人次参加,发放证书1.09万张。"))
                .body("outlook[3].asOf", equalTo("2025"))
                .body("outlook[3].sourceId", equalTo("xinhua-2026-01-25"));
    }

    @Test
    void outlookGivesTheXuhuiLabourBrandsPlacementsAndShenzhensAnnotationPostings() {
        given().queryParam("lang", "en")
                .get(PATH)
                .then()
                .statusCode(200)
                .body(
                        "outlook[4].text",
                        equalTo("Shanghai Xuhui's \"AI Trainer\" labour brand has placed more than "
                                + "1,600 people in jobs."))
                .body("outlook[4].verification", equalTo("REPORTED"))
                .body(
                        "outlook[5].text",
                        equalTo("One recruiting platform saw data-annotation job postings up 56% year "
                                + "on year after the 2025 Spring Festival."))
                .body("outlook[5].verification", equalTo("REPORTED"));
    }

    @Test
    void classificationRunsFromTheMajorGroupDownToTheOccupation() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .body("classification.code", contains("4", "4-04", "4-04-05", "4-04-05-05"))
                .body("classification.kind", contains("MAJOR_GROUP", "MIDDLE_GROUP", "MINOR_GROUP", "OCCUPATION"))
                .body("classification.name", contains("社会生产服务和生活服务人员", "信息传输、软件和信息技术服务人员", "软件和信息技术服务人员", "人工智能训练师"))
                .body("classification.digital", equalTo(Arrays.asList(null, null, null, true)))
                .body("classification.sourceId", everyItem(equalTo("dadian-2022-table")))
                .body("classification.verification", everyItem(equalTo("OFFICIAL")));
    }

    @Test
    void classificationIsNamedInEnglishWithLangEn() {
        given().queryParam("lang", "en")
                .get(PATH)
                .then()
                .statusCode(200)
                .body(
                        "classification.name",
                        contains(
                                "Social production service and life service personnel",
                                "Information transmission, software and information technology service personnel",
                                "Software and information technology service personnel",
                                "Artificial Intelligence Trainer"));
    }

    @Test
    void theOccupationIsMarkedDigital() {
        given().get(PATH).then().statusCode(200).body("digital", equalTo(true));
    }

    @Test
    void relatedOccupationsAreTheTenOthersOfTheMinorGroupThenTheAiEngineeringTechnicians() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .body(
                        "relatedOccupations.code",
                        contains(
                                "4-04-05-01",
                                "4-04-05-02",
                                "4-04-05-03",
                                "4-04-05-04",
                                "4-04-05-06",
                                "4-04-05-07",
                                "4-04-05-08",
                                "4-04-05-09",
                                "4-04-05-10",
                                "4-04-05-11",
                                "2-02-38-01"))
                .body(
                        "relatedOccupations.name",
                        contains(
                                "计算机程序设计员",
                                "计算机软件测试员",
                                "呼叫中心服务员",
                                "数据库运行管理员",
                                "区块链应用操作员",
                                "服务机器人应用技术员",
                                "电子数据取证分析师",
                                "信息系统适配验证师",
                                "数字孪生应用技术员",
                                "虚拟现实产品设计师",
                                "人工智能工程技术人员"))
                .body(
                        "relatedOccupations.digital",
                        contains(true, true, false, true, true, true, true, true, true, true, true))
                .body(
                        "relatedOccupations.relation",
                        contains(
                                "SAME_GROUP",
                                "SAME_GROUP",
                                "SAME_GROUP",
                                "SAME_GROUP",
                                "SAME_GROUP",
                                "SAME_GROUP",
                                "SAME_GROUP",
                                "SAME_GROUP",
                                "SAME_GROUP",
                                "SAME_GROUP",
                                "RELATED"))
                .body("relatedOccupations.sourceId", everyItem(equalTo("dadian-2022-table")))
                .body("relatedOccupations.verification", everyItem(equalTo("OFFICIAL")));
    }

    @Test
    void theAiEngineeringTechniciansNoteGivesTheirGroupAndTheirTwentyTwentyOneCode() {
        given().queryParam("lang", "en")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("relatedOccupations[10].name", equalTo("Artificial intelligence engineering technician"))
                .body(
                        "relatedOccupations[10].note",
                        equalTo("In 2-02-38, digital technology engineering "
                                + "technicians; its own 2021 standard gave it the code 2-02-10-09."))
                .body("relatedOccupations[0].note", nullValue());
    }

    @Test
    void classificationNotesGiveTheEditionAndThatDataAnnotatorIsAWorkType() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .body("classificationNotes", hasSize(2))
                .body("classificationNotes[0].text", containsString("2022年9月27日通过"))
                .body("classificationNotes[0].text", containsString("97个数字职业"))
                .body("classificationNotes[0].asOf", equalTo("2022-09-27"))
                .body("classificationNotes[0].sourceId", equalTo("camp-dadian-2022"))
                .body("classificationNotes[0].verification", equalTo("REPORTED"))
                .body("classificationNotes[1].text", containsString("数据标注员不是单独的职业"))
                .body("classificationNotes[1].sourceId", equalTo("dadian-2022-table"))
                .body("classificationNotes[1].verification", equalTo("OFFICIAL"));
    }
}
