package org.aitrainer.api.snapshot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aitrainer.api.support.PolicyBodies;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.junit.jupiter.api.Test;

/**
 * A writer waits for another snapshot build for a bounded time only: when the database has just gone away, builds
 * fail one after another at their connection timeout, and a writer must not wait for all of them. Past the bound the
 * write is answered, and the snapshot shows it as soon as the build under way lets the next one run.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class WriterWaitTest {

    private static final String POLICY = "/api/v1/policies/writer-wait-policy";

    @Inject
    ReadSnapshots snapshots;

    @Test
    void aWriteIsAnsweredAfterTheBoundWhileAnotherBuildHoldsTheSnapshot() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService builder = Executors.newSingleThreadExecutor();
        Future<?> build = builder.submit(() -> {
            snapshots.buildLock().lock();
            try {
                held.countDown();
                return release.await(30, TimeUnit.SECONDS);
            } finally {
                snapshots.buildLock().unlock();
            }
        });
        try {
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            Response created =
                    PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("writer-wait-policy"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.header("Location")).endsWith(POLICY);
            assertThat(took).isBetween(ReadSnapshots.WRITER_WAIT, ReadSnapshots.WRITER_WAIT.plusSeconds(3));
            // Committed, not yet in the snapshot: the build under way has not let the next one run.
            given().get(POLICY).then().spec(Problems.notFound(POLICY));
        } finally {
            release.countDown();
            build.get(30, TimeUnit.SECONDS);
            builder.shutdown();
        }
        // The write's notification reached the listener, whose build ran once the lock was free.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status;
        do {
            status = given().get(POLICY).statusCode();
        } while (status != 200 && System.nanoTime() < deadline && sleep());
        assertThat(status).isEqualTo(200);
    }

    private static boolean sleep() throws InterruptedException {
        Thread.sleep(50);
        return true;
    }
}
