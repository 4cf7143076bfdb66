package org.aitrainer.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The profile of the tests that write, on the {@link PostgresResource#WRITES} database. Quarkus runs the classes of
 * one profile together, and the groups in the order of their first class name: keep the restart tests of
 * {@link WritesRestartedProfile} named so that they sort after the first writing test.
 */
public class WritesProfile implements QuarkusTestProfile {}
