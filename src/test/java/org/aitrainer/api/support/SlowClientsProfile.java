package org.aitrainer.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** The writes' database, served with {@link SmallSendBuffers}: for the tests of clients that stop reading. */
public class SlowClientsProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(SmallSendBuffers.class);
    }
}
