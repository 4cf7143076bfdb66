package org.aitrainer.api.index;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInRelativeOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aitrainer.api.http.ApiLink;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.DeclaredCollections;
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
                        containsInRelativeOrder(
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
                        containsInRelativeOrder(
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

    /** What the index links to besides the declared collections: lookups, computations, exports, documentation. */
    private static final List<String> NOT_COLLECTIONS = List.of(
            "occupation",
            "versions",
            "subsidies",
            "subsidy-estimates",
            "changes",
            "export-policies",
            "export-dataset",
            "openapi",
            "docs");

    /**
     * The links above stand in that order; a collection added since stands where its declaration puts it, with the rel
     * and the titles it declares. The index links to nothing else, and to each once.
     */
    @Test
    void indexLinksEveryDeclaredCollectionAsDeclared() {
        List<Map<String, String>> english =
                given().get("/api/v1?lang=en").then().statusCode(200).extract().path("links");
        List<Map<String, String>> chinese =
                given().get("/api/v1").then().statusCode(200).extract().path("links");
        List<CollectionDeclaration<?>> declared = DeclaredCollections.all();
        assertThat(declared).isNotEmpty();
        List<String> rels = english.stream().map(link -> link.get("rel")).toList();
        List<String> declaredInOrder = declared.stream()
                .map(CollectionDeclaration::link)
                .sorted(Comparator.comparingInt(ApiLink::position))
                .map(ApiLink::rel)
                .toList();
        assertThat(rels)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Stream.concat(NOT_COLLECTIONS.stream(), declaredInOrder.stream())
                        .toList());
        assertThat(rels.stream().filter(declaredInOrder::contains).toList()).isEqualTo(declaredInOrder);
        for (CollectionDeclaration<?> collection : declared) {
            ApiLink link = collection.link();
            assertThat(english)
                    .as(collection.path())
                    .contains(Map.of("rel", link.rel(), "href", link.path(), "title", link.english()));
            assertThat(chinese)
                    .as(collection.path())
                    .contains(Map.of("rel", link.rel(), "href", link.path(), "title", link.chinese()));
        }
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
                        containsInRelativeOrder(
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
                        containsInRelativeOrder(
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
