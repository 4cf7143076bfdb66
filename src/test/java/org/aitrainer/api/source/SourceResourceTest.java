package org.aitrainer.api.source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
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
class SourceResourceTest {

    private static final String PATH = "/api/v1/sources";

    @Test
    void fortySourcesAreListedInTheOrderTheyWereRecorded() {
        given().queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items", hasSize(40))
                .body("page.totalItems", equalTo(40))
                .body("items[0].id", equalTo("seed-article"))
                .body("items[1].id", equalTo("nosc-2021"))
                .body("items[12].id", equalTo("unattributed-report"))
                .body("items[13].id", equalTo("gd-measures-repost"))
                .body("items[32].id", equalTo("cdhao-careers"))
                .body("items[33].id", equalTo("mohrss-2017-40-repost"))
                .body("items[39].id", equalTo("ningxia-2025"));
    }

    /** The sources added on 2026-12-01: each with its address and, where the fact sheet gives one, its date. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            gd-measures-repost       | https://btfans.org/?show=1718 | -
            gd-catalogue-2025-repost | https://ailegou9.cn/zyjn/27328.html | -
            zhanjiang-hrss           | https://zhanjiang.gov.cn/bmzsk/jysb/content/post_1529146.html | -
            yangzhou-gov-2023-05     | https://yangzhou.gov.cn/yangzhou/zskqyfw/202305/6cf1f2f932d9477496c360c2e67a46b4.shtml | -
            peoples-daily-2019-01-25 | https://jlmjwl.com/html/yz/10615911_1.html | 2019-01-25
            nanfang-daily-2024       | https://zhsme.org.cn/news/getNewsByNewsId?newsId=17946e00-d5e5-4b6d-9eab-6d9adc9dd4a0 | -
            chinanews-2025-03-26     | https://m.55883801.com/cj/jjgc/2025-03-26/1623167.html | 2025-03-26
            cctv-2024-08-03          | https://hrbtv.net/folder963/2024-08-03/934099.html | 2024-08-03
            xinhua-2026-01-25        | https://reportify.cn/news/1212879365529014272 | 2026-01-25
            hubei-2024-catalogue     | https://wxredian.com/art?id=d41e3e01b611fffd2fbd97469d2a68f2 | -
            dadian-2022-table        | https://github.com/Optima-Chat/china-jobs | -
            camp-dadian-2022         | https://camp.net.cn/new/benyuan/918.html | -
            hunan-repost             | https://senbk.com/techan/217482.html | -
            taiyuan-repost           | https://yzzsnet.com/techan/85822.html | 2020-07-20
            lvliang-repost           | https://lvshidaquan.com/falvwenda/92bcpsghbp.html | -
            changshu-repost          | https://m.watu.cn/newsinfo/info_227375.html | 2019-10-22
            chengdu-repost           | https://m.bestb2b.com/business_170949249.htm | -
            xiamen-repost            | https://mngood.com/xmjzz/xmhk/23425.html | -
            sz-tv-2025-04-01         | https://f30872w196.goho.co/thread-1731858-1-1.html | 2025-04-01
            xuhui-labour-brand       | https://digitalphablet.com/news/china-boosts-youth-jobs-by-expanding-ai-trainer-and-new-labor-brands | -
            zixiangxian-repost       | https://theventurebank.com/it/5950284.html | -
            cdhao-careers            | https://cdhao.com/628027.html | -
            """)
    void aSourceOfTheTwentyTwentySixAdditionsHasItsAddressAndDate(String id, String url, String publishedOn) {
        given().get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("url", equalTo(url))
                .body("publishedOn", equalTo(publishedOn))
                .body("title", not(emptyOrNullString()));
    }

    @Test
    void theHubeiRepostNowHasItsFullAddress() {
        given().queryParam("lang", "en")
                .get(PATH + "/hubei-2024-catalogue")
                .then()
                .statusCode(200)
                .body("title", equalTo("Hubei HRSS 2024 skills-demand catalogue (repost)"))
                .body("url", equalTo("https://wxredian.com/art?id=d41e3e01b611fffd2fbd97469d2a68f2"))
                .body("note", equalTo("Reposted on wxredian.com."));
    }

    @Test
    void theXuhuiSourceIsInEnglishSoItsChineseIsTheTranslation() {
        given().get(PATH + "/xuhui-labour-brand")
                .then()
                .statusCode(200)
                .body("note", equalTo("英文文章,未注明日期;这里的英文依据原文,中文为本项目的翻译。"));
    }

    @Test
    void theNationalStandardIsDescribedInChinese() {
        given().get(PATH + "/nosc-2021")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo("nosc-2021"))
                .body("title", equalTo("国家职业技能标准 人工智能训练师(2021年版)"))
                .body("publisher", equalTo("人力资源社会保障部、工业和信息化部"))
                .body("url", equalTo("https://chinastor.com/ai/163819954228378.html"))
                .body("publishedOn", nullValue());
    }

    @Test
    void theNationalStandardIsDescribedInEnglishWithLangEn() {
        given().queryParam("lang", "en")
                .get(PATH + "/nosc-2021")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body(
                        "title",
                        equalTo("National Occupational Skill Standard: Artificial Intelligence Trainer (2021 "
                                + "edition)"))
                .body("url", equalTo("https://chinastor.com/ai/163819954228378.html"))
                .body("note", equalTo("The link points to a copy of the opening text of the standard."));
    }

    @Test
    void aDatedSourceHasItsPublicationDate() {
        given().get(PATH + "/ithome-2021-11-28")
                .then()
                .statusCode(200)
                .body("publishedOn", equalTo("2021-11-28"))
                .body("url", equalTo("https://m.ithome.com/html/589256.htm"));
    }

    @Test
    void anUnknownSourceIsNotFound() {
        given().get(PATH + "/unknown-source").then().spec(Problems.notFound(PATH + "/unknown-source"));
    }

    @Test
    void newestSourceComesFirstAndUndatedOnesLast() {
        List<String> dates = given().queryParam("sort", "-publishedOn")
                .queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo("xinhua-2026-01-25"))
                .body("items[0].publishedOn", equalTo("2026-01-25"))
                .extract()
                .jsonPath()
                .getList("items.publishedOn", String.class);
        assertThat(dates).hasSize(40);
        assertThat(dates.subList(0, 17))
                .containsExactly(
                        "2026-01-25",
                        "2025-09-11",
                        "2025-07-01",
                        "2025-04-21",
                        "2025-04-01",
                        "2025-03-26",
                        "2024-12-04",
                        "2024-08-03",
                        "2021-11-28",
                        "2020-12-25",
                        "2020-07-20",
                        "2019-10-22",
                        "2019-05-24",
                        "2019-01-25",
                        "2017-07-08",
                        "2017-05-21",
                        "2017-05-18");
        assertThat(dates.subList(17, 40)).containsOnlyNulls();
    }

    @Test
    void undatedSourcesStayLastInAscendingOrderToo() {
        List<String> dates = given().queryParam("sort", "publishedOn")
                .queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo("mohrss-2017-40-repost"))
                .extract()
                .jsonPath()
                .getList("items.publishedOn", String.class);
        assertThat(dates.subList(17, 40)).containsOnlyNulls();
    }
}
