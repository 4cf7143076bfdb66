package org.aitrainer.api.version;

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
    }
}
