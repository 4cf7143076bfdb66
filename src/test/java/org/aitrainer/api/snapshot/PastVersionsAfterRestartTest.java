package org.aitrainer.api.snapshot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.RecordedAnswers;
import org.aitrainer.api.support.RecordedAnswers.Request;
import org.aitrainer.api.support.WritesRestartedProfile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A restarted application holds no past snapshot: it reads each again from the row history, and answers every
 * request that {@link PastVersionsTest} recorded, at every version, as it was answered then.
 */
@QuarkusTest
@TestProfile(WritesRestartedProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class PastVersionsAfterRestartTest {

    @Test
    void aRestartedApplicationAnswersEveryPastVersionTheSame() throws Exception {
        RecordedAnswers recorded = RecordedAnswers.load(PastVersionsTest.RECORDED);
        Assumptions.assumeTrue(recorded != null, "runs after PastVersionsTest, in the same test run");
        List<Request> requests = PastVersionsTest.requests();

        int compared = recorded.compare(requests);

        assertThat(compared).isEqualTo(requests.size() * recorded.versions().size());
        // Asked version after version, each was read once (all but one that is still current, if any), and no more
        // than 8 are kept.
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metric(metrics, "aitrainer_past_snapshot_builds_total"))
                .isBetween(recorded.versions().size() - 1.0, (double)
                        recorded.versions().size());
        assertThat(metric(metrics, "aitrainer_past_snapshots")).isBetween(1.0, 8.0);
    }

    private static double metric(String metrics, String name) {
        return metrics.lines()
                .filter(line -> line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(name.length() + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in /q/metrics"));
    }
}
