package org.aitrainer.api.index;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.aitrainer.api.support.PostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class ApiIndexTest {

    @Test
    void indexLinksEveryCollectionAndTheDocumentation() {
        given().get("/api/v1")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("version", equalTo("v1"))
                .body(
                        "links.rel",
                        contains(
                                "occupation",
                                "levels",
                                "work-types",
                                "duties",
                                "salary-ranges",
                                "policies",
                                "subsidies",
                                "subsidy-estimates",
                                "regions",
                                "sources",
                                "changes",
                                "export-policies",
                                "export-dataset",
                                "openapi",
                                "docs"))
                .body(
                        "links.href",
                        contains(
                                "/api/v1/occupation",
                                "/api/v1/levels",
                                "/api/v1/work-types",
                                "/api/v1/duties",
                                "/api/v1/salary-ranges",
                                "/api/v1/policies",
                                "/api/v1/subsidies",
                                "/api/v1/subsidy-estimates",
                                "/api/v1/regions",
                                "/api/v1/sources",
                                "/api/v1/changes",
                                "/api/v1/export/policies.csv",
                                "/api/v1/export/dataset.json",
                                "/q/openapi",
                                "/q/swagger-ui"));
    }

    @Test
    void indexIsInChineseByDefault() {
        given().get("/api/v1")
                .then()
                .statusCode(200)
                .header("Content-Language", "zh-CN")
                .body("title", equalTo("人工智能训练师职业数据 API"))
                .body(
                        "links.title",
                        contains(
                                "职业概况",
                                "职业技能等级",
                                "工种",
                                "工作内容",
                                "薪资范围",
                                "政策",
                                "现行补贴查询",
                                "补贴估算(POST)",
                                "地区",
                                "信息来源",
                                "变更记录",
                                "政策与补贴导出 (CSV)",
                                "完整数据集导出 (JSON)",
                                "OpenAPI 文档",
                                "Swagger UI 接口文档"));
    }

    @Test
    void indexIsInEnglishWithLangEn() {
        given().queryParam("lang", "en")
                .get("/api/v1")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("title", equalTo("AI Trainer career data API"))
                .body(
                        "links.title",
                        contains(
                                "The occupation profile",
                                "Skill levels",
                                "Work types",
                                "Duties",
                                "Salary ranges",
                                "Policies",
                                "Subsidies in force on a date",
                                "Subsidy estimates: what a person may claim (POST)",
                                "Regions",
                                "Sources",
                                "Change feed",
                                "Policies and benefits export (CSV)",
                                "Whole data set export (JSON)",
                                "OpenAPI document",
                                "Swagger UI"));
    }

    @Test
    void indexFollowsAcceptLanguageWhenLangIsAbsent() {
        given().header("Accept-Language", "en-US,en;q=0.9")
                .get("/api/v1")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("links.find { it.rel == 'levels' }.title", equalTo("Skill levels"));
    }
}
