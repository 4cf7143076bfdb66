package org.aitrainer.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A restarted application for the writing tests: Quarkus starts a new application when the profile changes. It runs
 * on the same database as the tests of {@link WritesProfile}, after them, and finds what they wrote.
 */
public class WritesRestartedProfile implements QuarkusTestProfile {}
