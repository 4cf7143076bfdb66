package org.aitrainer.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The profile of tests that write. Quarkus runs test classes without a profile first, so the read tests see the data
 * exactly as the migrations load it; the writing tests come after them, in an application of their own.
 */
public class WritesProfile implements QuarkusTestProfile {}
