package org.aitrainer.api.http.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aitrainer.api.support.PostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class PaginationTest {

    private static final String DUTIES = "/api/v1/duties";
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]+)\"");

    @Test
    void firstPageLinksToFirstNextAndLastButHasNoPrevious() {
        Map<String, URI> links = links(duties("size", "10")
                .body("items", hasSize(10))
                .body("page.number", equalTo(1))
                .body("page.size", equalTo(10))
                .body("page.totalItems", equalTo(37))
                .body("page.totalPages", equalTo(4))
                .extract());
        assertThat(links).containsOnlyKeys("first", "next", "last");
        assertThat(query(links.get("first"))).containsEntry("page", "1");
        assertThat(query(links.get("next"))).containsEntry("page", "2");
        assertThat(query(links.get("last"))).containsEntry("page", "4");
    }

    @Test
    void secondPageLinksBackToTheFirstAndOnToTheThird() {
        Map<String, URI> links = links(duties("size", "10", "page", "2")
                .body("items", hasSize(10))
                .body("page.number", equalTo(2))
                .extract());
        assertThat(links).containsOnlyKeys("first", "prev", "next", "last");
        assertThat(query(links.get("prev"))).containsEntry("page", "1");
        assertThat(query(links.get("next"))).containsEntry("page", "3");
        assertThat(query(links.get("last"))).containsEntry("page", "4");
    }

    @Test
    void lastPageHoldsTheRemainingSevenAndHasNoNext() {
        Map<String, URI> links = links(duties("size", "10", "page", "4")
                .body("items", hasSize(7))
                .body("page.number", equalTo(4))
                .extract());
        assertThat(links).containsOnlyKeys("first", "prev", "last");
        assertThat(query(links.get("prev"))).containsEntry("page", "3");
        assertThat(query(links.get("last"))).containsEntry("page", "4");
    }

    @Test
    void pageBeyondTheEndIsEmptyAndLinksBackToTheLastPage() {
        Map<String, URI> links = links(duties("size", "10", "page", "5")
                .body("items", empty())
                .body("page.number", equalTo(5))
                .body("page.size", equalTo(10))
                .body("page.totalItems", equalTo(37))
                .body("page.totalPages", equalTo(4))
                .extract());
        assertThat(links).containsOnlyKeys("first", "prev", "last");
        assertThat(query(links.get("prev"))).containsEntry("page", "4");
        assertThat(query(links.get("last"))).containsEntry("page", "4");
    }

    @Test
    void withoutPageParametersTheFirstTwentyAreServed() {
        duties().body("items", hasSize(20))
                .body("page.number", equalTo(1))
                .body("page.size", equalTo(20))
                .body("page.totalPages", equalTo(2));
    }

    @Test
    void linksKeepTheOtherQueryParameters() {
        Map<String, URI> links = links(duties("level", "3", "size", "5")
                .body("page.totalItems", equalTo(12))
                .body("page.totalPages", equalTo(3))
                .extract());
        assertThat(links).containsOnlyKeys("first", "next", "last");
        assertThat(query(links.get("first")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("level", "3", "size", "5", "page", "1"));
        assertThat(query(links.get("next")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("level", "3", "size", "5", "page", "2"));
        assertThat(query(links.get("last")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("level", "3", "size", "5", "page", "3"));
    }

    @Test
    void linksAreAbsoluteUrlsOfTheSameCollection() {
        Map<String, URI> links =
                links(duties("level", "3", "size", "5", "page", "2").extract());
        assertThat(links).containsOnlyKeys("first", "prev", "next", "last");
        for (URI link : links.values()) {
            assertThat(link.isAbsolute()).as(link.toString()).isTrue();
            assertThat(link.getScheme()).as(link.toString()).isEqualTo("http");
            assertThat(link.getPort()).as(link.toString()).isEqualTo(RestAssured.port);
            assertThat(link.getPath()).as(link.toString()).isEqualTo(DUTIES);
        }
    }

    @Test
    void pagesAreStableAndDisjointAndTogetherMakeTheWholeCollection() {
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            paged.addAll(
                    duties("size", "10", "page", String.valueOf(page)).extract().<List<String>>path("items.id"));
        }
        List<String> whole =
                duties("size", "100").body("items", hasSize(37)).extract().path("items.id");
        assertThat(paged).hasSize(37).doesNotHaveDuplicates().containsExactlyElementsOf(whole);
    }

    @Test
    void theSamePageTwiceHasTheSameItems() {
        List<String> first = duties("size", "10", "page", "2").extract().path("items.id");
        List<String> second = duties("size", "10", "page", "2").extract().path("items.id");
        assertThat(second).isEqualTo(first);
    }

    private static ValidatableResponse duties(String... parameters) {
        RequestSpecification request = given();
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get(DUTIES).then().statusCode(200);
    }

    private static Map<String, URI> links(ExtractableResponse<Response> response) {
        String header = response.header("Link");
        assertThat(header).isNotNull();
        Map<String, URI> links = new LinkedHashMap<>();
        Matcher matcher = LINK.matcher(header);
        while (matcher.find()) {
            assertThat(links.put(matcher.group(2), URI.create(matcher.group(1))))
                    .as("rel " + matcher.group(2))
                    .isNull();
        }
        return links;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            assertThat(parameters.put(parts[0], parts.length > 1 ? parts[1] : ""))
                    .as(uri + " repeats " + parts[0])
                    .isNull();
        }
        return parameters;
    }
}
