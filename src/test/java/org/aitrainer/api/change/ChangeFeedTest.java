package org.aitrainer.api.change;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.support.ChangeRows;
import org.aitrainer.api.support.PolicyBodies;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class ChangeFeedTest {

    static final String FEED = "/api/v1/changes";

    @Inject
    ChangeRows changes;

    @Test
    void aPartnerSyncsEveryChangeOnceInCommitOrderWithTombstones() {
        String since = Long.toString(changes.latestId());
        String path = "/api/v1/policies/feed-test";
        PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("feed-test"));
        Map<String, Object> changed = new HashMap<>(PolicyBodies.policy("feed-test"));
        changed.put("title", Map.of("zh-CN", "改名", "en", "Renamed"));
        String etag = given().get(path).then().extract().header("ETag");
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", etag)
                .contentType("application/json")
                .body(changed)
                .put(path)
                .then()
                .statusCode(200);
        etag = given().get(path).then().extract().header("ETag");
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", etag)
                .delete(path)
                .then()
                .statusCode(204);

        List<Map<String, Object>> synced = new ArrayList<>();
        String cursor = since;
        for (int call = 0; call < 10; call++) {
            JsonPath page = given().queryParam("since", cursor)
                    .queryParam("limit", 1)
                    .get(FEED)
                    .then()
                    .statusCode(200)
                    .header("Content-Language", "zh-CN, en")
                    .extract()
                    .jsonPath();
            synced.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                break;
            }
        }
        assertThat(synced).extracting(item -> item.get("action")).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(synced).extracting(item -> item.get("entityId")).containsOnly("feed-test");
        assertThat(synced).extracting(item -> item.get("cursor")).doesNotHaveDuplicates();
        assertThat(synced.get(1)).extractingByKey("data").asString().contains("Renamed");
        assertThat(synced.get(2)).containsEntry("deleted", true).containsEntry("data", null);
        assertThat(cursor).isEqualTo(synced.get(2).get("cursor"));

        given().queryParam("since", cursor)
                .get(FEED)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0))
                .body("nextCursor", equalTo(cursor))
                .body("hasMore", equalTo(false));
    }

    @Test
    void aFullPageLinksToTheNextOne() {
        PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("feed-link-1"));
        PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("feed-link-2"));
        String since = Long.toString(changes.latestId() - 2);
        String next = given().queryParam("since", since)
                .queryParam("limit", 1)
                .get(FEED)
                .then()
                .statusCode(200)
                .body("hasMore", equalTo(true))
                .extract()
                .path("nextCursor");
        String link = given().queryParam("since", since)
                .queryParam("limit", 1)
                .get(FEED)
                .then()
                .extract()
                .header("Link");
        assertThat(link)
                .matches("<http://[^>]+/api/v1/changes\\?[^>]+>; rel=\"next\"")
                .contains("since=" + next)
                .contains("limit=1");
    }

    @Test
    void badCursorsAndLimitsAreNamed() {
        given().queryParam("since", "abc").get(FEED).then().spec(Problems.invalidParameter(FEED, "since"));
        given().queryParam("since", "-1").get(FEED).then().spec(Problems.invalidParameter(FEED, "since"));
        given().queryParam("limit", 0).get(FEED).then().spec(Problems.invalidParameter(FEED, "limit"));
        given().queryParam("limit", 1001).get(FEED).then().spec(Problems.invalidParameter(FEED, "limit"));
    }
}
