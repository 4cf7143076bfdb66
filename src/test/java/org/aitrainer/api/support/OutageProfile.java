package org.aitrainer.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The application of the outage tests, on a database they stop and start (see OutagePostgres). */
public class OutageProfile implements QuarkusTestProfile {}
