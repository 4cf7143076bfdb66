package org.aitrainer.api.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aitrainer.api.support.ChangeRows;
import org.aitrainer.api.support.PolicyBodies;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.junit.jupiter.api.Test;

/** Writers racing on one policy: for each ETag exactly one wins, the others get 412, and no update is lost. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class ConcurrentUpdateTest {

    static final int WRITERS = 8;
    static final int ROUNDS = 3;

    @Inject
    ChangeRows changes;

    @Test
    void exactlyOneWriterWinsPerETagAndNoUpdateIsLost() throws Exception {
        PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("race-test"))
                .then()
                .statusCode(201);
        String path = "/api/v1/policies/race-test";
        long before = changes.latestId();
        List<String> winners = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String etag = given().get(path).then().statusCode(200).extract().header("ETag");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<int[]>> results = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    String title = "round " + round + " writer " + writer;
                    Callable<int[]> put = () -> {
                        Map<String, Object> body = new HashMap<>(PolicyBodies.policy("race-test"));
                        body.put("title", Map.of("zh-CN", title, "en", title));
                        start.await();
                        int status = given().auth()
                                .oauth2(Tokens.editor("writer"))
                                .header("If-Match", etag)
                                .contentType("application/json")
                                .body(body)
                                .put(path)
                                .statusCode();
                        return new int[] {status};
                    };
                    results.add(pool.submit(put));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<int[]> result : results) {
                    statuses.add(result.get()[0]);
                }
                assertThat(statuses).as("round " + round).containsOnly(200, 412);
                assertThat(statuses)
                        .as("round " + round)
                        .filteredOn(s -> s == 200)
                        .hasSize(1);
                String title = given().queryParam("lang", "en")
                        .get(path)
                        .then()
                        .extract()
                        .path("title");
                winners.add(title);
            }
        } finally {
            pool.shutdownNow();
        }
        List<ChangeRows.Row> rows = changes.since(before);
        assertThat(rows).hasSize(ROUNDS);
        for (int round = 0; round < ROUNDS; round++) {
            assertThat(rows.get(round).after()).contains("\"" + winners.get(round) + "\"");
            if (round > 0) {
                assertThat(rows.get(round).before()).contains("\"" + winners.get(round - 1) + "\"");
            }
        }
    }
}
