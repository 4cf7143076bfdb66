package org.aitrainer.api.policy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.aitrainer.api.support.PostgresResource;

/** The subsidy date logic, answered by the packaged application. */
@QuarkusIntegrationTest
@WithTestResource(PostgresResource.class)
class SubsidyResourceIT extends SubsidyResourceTest {}
