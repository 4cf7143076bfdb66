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
import java.util.List;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class RegionResourceTest {

    private static final String PATH = "/api/v1/regions";

    @Test
    void regionsAreListedFromTheNationDown() {
        given().queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body(
                        "items.code",
                        contains(
                                "CN", "140000", "310000", "320000", "330000", "350000", "420000", "430000", "440000",
                                "510000", "140100", "141100", "320500", "321000", "330100", "350200", "440100",
                                "440300", "440800", "510100", "320581", "330122"))
                .body(
                        "items.kind",
                        contains(
                                "COUNTRY",
                                "PROVINCE",
                                "PROVINCE",
                                "PROVINCE",
                                "PROVINCE",
                                "PROVINCE",
                                "PROVINCE",
                                "PROVINCE",
                                "PROVINCE",
                                "PROVINCE",
                                "PREFECTURE",
                                "PREFECTURE",
                                "PREFECTURE",
                                "PREFECTURE",
                                "PREFECTURE",
                                "PREFECTURE",
                                "PREFECTURE",
                                "PREFECTURE",
                                "PREFECTURE",
                                "PREFECTURE",
                                "COUNTY",
                                "COUNTY"))
                .body("items[0].name", equalTo("中国"))
                .body("items[0].parentCode", nullValue())
                .body("page.totalItems", equalTo(22));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            320000 | 江苏省   | Jiangsu Province | PROVINCE   | CN
            320500 | 苏州市   | Suzhou           | PREFECTURE | CN 320000
            320581 | 常熟市   | Changshu         | COUNTY     | CN 320000 320500
            321000 | 扬州市   | Yangzhou         | PREFECTURE | CN 320000
            440800 | 湛江市   | Zhanjiang        | PREFECTURE | CN 440000
            430000 | 湖南省   | Hunan Province   | PROVINCE   | CN
            140000 | 山西省   | Shanxi Province  | PROVINCE   | CN
            140100 | 太原市   | Taiyuan          | PREFECTURE | CN 140000
            141100 | 吕梁市   | Lüliang          | PREFECTURE | CN 140000
            510000 | 四川省   | Sichuan Province | PROVINCE   | CN
            510100 | 成都市   | Chengdu          | PREFECTURE | CN 510000
            350000 | 福建省   | Fujian Province  | PROVINCE   | CN
            350200 | 厦门市   | Xiamen           | PREFECTURE | CN 350000
            """)
    void aNewPlaceHasItsGbT2260CodeNamesKindAndAncestors(
            String code, String zh, String en, String kind, String ancestors) {
        List<String> chain = List.of(ancestors.split(" "));
        given().get(PATH + "/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo(zh))
                .body("kind", equalTo(kind))
                .body("parentCode", equalTo(chain.get(chain.size() - 1)))
                .body("ancestors.code", equalTo(chain));
        given().queryParam("lang", "en")
                .get(PATH + "/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo(en));
    }

    @Test
    void listedRegionsCarryNoFamily() {
        given().get(PATH)
                .then()
                .statusCode(200)
                .body("items[0]", not(hasKey("ancestors")))
                .body("items[0]", not(hasKey("children")));
    }

    @Test
    void parentListsTheRegionsDirectlyInsideIt() {
        given().queryParam("parent", "440000")
                .queryParam("lang", "en")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", contains("440100", "440300", "440800"))
                .body("items.name", contains("Guangzhou", "Shenzhen", "Zhanjiang"))
                .body("items.parentCode", contains("440000", "440000", "440000"))
                .body("page.totalItems", equalTo(3));
    }

    @Test
    void aRegionWithNothingInsideListsNoChildren() {
        given().queryParam("parent", "440300")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page.totalItems", equalTo(0));
    }

    @Test
    void shenzhenHasTheNationThenGuangdongAsAncestors() {
        given().get(PATH + "/440300")
                .then()
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
        given().queryParam("lang", "en")
                .get(PATH + "/330100")
                .then()
                .statusCode(200)
                .body("name", equalTo("Hangzhou"))
                .body("ancestors.code", contains("CN", "330000"))
                .body("ancestors.name", contains("China", "Zhejiang Province"))
                .body("children", hasSize(1))
                .body("children[0].code", equalTo("330122"))
                .body("children[0].name", equalTo("Tonglu County"));
    }

    @Test
    void theNationHasNoAncestorsAndTheNineProvinces() {
        given().get(PATH + "/CN")
                .then()
                .statusCode(200)
                .body("kind", equalTo("COUNTRY"))
                .body("ancestors", empty())
                .body(
                        "children.code",
                        contains(
                                "140000", "310000", "320000", "330000", "350000", "420000", "430000", "440000",
                                "510000"));
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
        given().queryParam("parent", "999999")
                .get(PATH)
                .then()
                .spec(Problems.invalidParameter(PATH, "parent"))
                .body("errors", hasSize(1));
    }

    @Test
    void aMalformedParentIsRejected() {
        given().queryParam("parent", "12")
                .get(PATH)
                .then()
                .spec(Problems.invalidParameter(PATH, "parent"))
                .body("errors", hasSize(1));
    }
}
