package org.aitrainer.api.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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
class IdempotencyTest {

    /** Handed to {@link ReplayAfterRestartTest}, which runs in a restarted application. */
    static final String RESTART_KEY = "aitrainer-test.restart.key";

    static final String RESTART_LOCATION = "aitrainer-test.restart.location";
    static final String RESTART_BODY = "aitrainer-test.restart.body";
    static final String RESTART_SUBJECT = "restart-partner";

    @Inject
    ChangeRows changes;

    static Response post(String subject, String key, Object body) {
        return given().auth()
                .oauth2(Tokens.editor(subject))
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/policies");
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstResponseWithoutWritingAgain() {
        String key = UUID.randomUUID().toString();
        long before = changes.latestId();
        Response first = post("partner-a", key, PolicyBodies.policy("idempotent-create"));
        first.then().statusCode(201);
        Response second = post("partner-a", key, PolicyBodies.policy("idempotent-create"));
        second.then()
                .statusCode(201)
                .header("Location", first.header("Location"))
                .header("Idempotent-Replayed", "true");
        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(changes.since(before)).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessable() {
        String key = UUID.randomUUID().toString();
        post("partner-a", key, PolicyBodies.policy("idempotent-first")).then().statusCode(201);
        long before = changes.latestId();
        post("partner-a", key, PolicyBodies.policy("idempotent-second"))
                .then()
                .statusCode(422)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("title", equalTo("Idempotency key reused"))
                .body("status", equalTo(422));
        given().get("/api/v1/policies/idempotent-second").then().statusCode(404);
        assertThat(changes.since(before)).isEmpty();
    }

    @Test
    void keysBelongToTheirAuthor() {
        String key = UUID.randomUUID().toString();
        post("partner-a", key, PolicyBodies.policy("idempotent-owner-a")).then().statusCode(201);
        post("partner-b", key, PolicyBodies.policy("idempotent-owner-b"))
                .then()
                .statusCode(201)
                .body("id", equalTo("idempotent-owner-b"));
    }

    @Test
    void aFailedRequestIsNotRememberedSoItsRetryIsEvaluatedAgain() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = new HashMap<>(PolicyBodies.policy("idempotent-retry"));
        invalid.put("sourceId", "not-yet-a-source");
        post("partner-a", key, invalid).then().statusCode(400);
        post("partner-a", key, PolicyBodies.policy("idempotent-retry")).then().statusCode(201);
    }

    @Test
    void aMalformedKeyIsABadRequest() {
        post("partner-a", "x".repeat(256), PolicyBodies.policy("idempotent-long-key"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aKeyIsStoredForTheRestartedApplication() {
        String key = "restart-" + UUID.randomUUID();
        Response first = post(RESTART_SUBJECT, key, PolicyBodies.policy("idempotent-restart"));
        first.then().statusCode(201);
        System.setProperty(RESTART_KEY, key);
        System.setProperty(RESTART_LOCATION, first.header("Location"));
        System.setProperty(RESTART_BODY, first.asString());
    }
}
