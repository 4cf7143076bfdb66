package org.aitrainer.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/**
 * The writes' database, served with {@link SmallSendBuffers}, and at most two streams of changes open at once: for the
 * tests of clients that stop reading, and of the limit.
 */
public class SlowClientsProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(SmallSendBuffers.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("aitrainer.changes.max-streams", "2");
    }
}
