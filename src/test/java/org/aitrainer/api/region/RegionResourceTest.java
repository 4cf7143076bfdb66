package org.aitrainer.api.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class RegionResourceTest {

    private static final String PATH = "/api/v1/regions";

    @Test
    void regionsAreListedFromTheNationDown() {
        given().get(PATH).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items.code", contains("CN", "310000", "330000", "420000", "440000", "330100", "440100",
                        "440300", "330122"))
                .body("items.kind", contains("COUNTRY", "PROVINCE", "PROVINCE", "PROVINCE", "PROVINCE",
                        "PREFECTURE", "PREFECTURE", "PREFECTURE", "COUNTY"))
                .body("items[0].name", equalTo("中国"))
                .body("items[0].parentCode", nullValue())
                .body("page.totalItems", equalTo(9));
    }

    @Test
    void listedRegionsCarryNoFamily() {
        given().get(PATH).then()
                .statusCode(200)
                .body("items[0]", not(hasKey("ancestors")))
                .body("items[0]", not(hasKey("children")));
    }

    @Test
    void parentListsTheRegionsDirectlyInsideIt() {
        given().queryParam("parent", "440000").queryParam("lang", "en").get(PATH).then()
                .statusCode(200)
                .body("items.code", contains("440100", "440300"))
                .body("items.name", contains("Guangzhou", "Shenzhen"))
                .body("items.parentCode", contains("440000", "440000"))
                .body("page.totalItems", equalTo(2));
    }

    @Test
    void aRegionWithNothingInsideListsNoChildren() {
        given().queryParam("parent", "440300").get(PATH).then()
                .statusCode(200)
                .body("items", empty())
                .body("page.totalItems", equalTo(0));
    }

    @Test
    void shenzhenHasTheNationThenGuangdongAsAncestors() {
        given().get(PATH + "/440300").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("code", equalTo("440300"))
                .body("name", equalTo("深圳市"))
                .body("kind", equalTo("PREFECTURE"))
                .body("parentCode", equalTo("440000"))
                .body("ancestors.code", contains("CN", "440000"))
                .body("ancestors.name", contains("中国", "广东省"))
                .body("children", empty());
    }

    @Test
    void hangzhouHasTongluInside() {
        given().queryParam("lang", "en").get(PATH + "/330100").then()
                .statusCode(200)
                .body("name", equalTo("Hangzhou"))
                .body("ancestors.code", contains("CN", "330000"))
                .body("ancestors.name", contains("China", "Zhejiang Province"))
                .body("children", hasSize(1))
                .body("children[0].code", equalTo("330122"))
                .body("children[0].name", equalTo("Tonglu County"));
    }

    @Test
    void theNationHasNoAncestorsAndTheFourProvinces() {
        given().get(PATH + "/CN").then()
                .statusCode(200)
                .body("kind", equalTo("COUNTRY"))
                .body("ancestors", empty())
                .body("children.code", contains("310000", "330000", "420000", "440000"));
    }

    @Test
    void anUnknownRegionCodeIsNotFound() {
        given().get(PATH + "/999999").then().spec(Problems.notFound(PATH + "/999999"));
    }

    @Test
    void aMalformedRegionCodeIsNotFound() {
        given().get(PATH + "/abc").then().spec(Problems.notFound(PATH + "/abc"));
    }

    @Test
    void anUnknownParentIsRejected() {
        given().queryParam("parent", "999999").get(PATH).then()
                .spec(Problems.invalidParameter(PATH, "parent"))
                .body("errors", hasSize(1));
    }

    @Test
    void aMalformedParentIsRejected() {
        given().queryParam("parent", "12").get(PATH).then()
                .spec(Problems.invalidParameter(PATH, "parent"))
                .body("errors", hasSize(1));
    }
}
