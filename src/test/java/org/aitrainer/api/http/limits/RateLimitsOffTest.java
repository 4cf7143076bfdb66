package org.aitrainer.api.http.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.aitrainer.api.support.PostgresResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The tests' profile, like dev mode, has the rate limits off: nothing is counted, however much is sent. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class RateLimitsOffTest {

    @Test
    void withTheLimitsOffNoRequestIsCountedOrRefused() {
        long batches = ConfigProvider.getConfig().getValue("aitrainer.rate-limits.batches", Long.class);
        for (long i = 0; i <= batches; i++) {
            given().contentType("application/json")
                    .body("[]")
                    .post("/api/v1/batch")
                    .then()
                    .statusCode(not(429))
                    .header("RateLimit", nullValue())
                    .header("RateLimit-Policy", nullValue());
        }
        given().get("/api/v1/levels")
                .then()
                .statusCode(200)
                .header("RateLimit", nullValue())
                .header("Retry-After", nullValue());
    }
}
