package org.aitrainer.api.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.aitrainer.api.support.ChangeRows;
import org.aitrainer.api.support.PolicyBodies;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.WritesRestartedProfile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Idempotency keys live in PostgreSQL: a restarted application replays what the previous one answered. */
@QuarkusTest
@TestProfile(WritesRestartedProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class ReplayAfterRestartTest {

    @Inject
    ChangeRows changes;

    @Test
    void aRetryAfterARestartReplaysTheFirstResponse() {
        String key = System.getProperty(IdempotencyTest.RESTART_KEY);
        Assumptions.assumeTrue(key != null, "runs after IdempotencyTest, in the same test run");
        long before = changes.latestId();

        Response retry =
                IdempotencyTest.post(IdempotencyTest.RESTART_SUBJECT, key, PolicyBodies.policy("idempotent-restart"));

        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(java.net.URI.create(retry.header("Location")).getPath())
                .isEqualTo(java.net
                        .URI
                        .create(System.getProperty(IdempotencyTest.RESTART_LOCATION))
                        .getPath());
        assertThat(retry.asString()).isEqualTo(System.getProperty(IdempotencyTest.RESTART_BODY));
        assertThat(changes.since(before)).isEmpty();
    }
}
