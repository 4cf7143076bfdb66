package org.aitrainer.api.openapi;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.aitrainer.api.support.PostgresResource;

/** The OpenAPI document, its examples and Swagger UI, served by the packaged application. */
@QuarkusIntegrationTest
@WithTestResource(PostgresResource.class)
class OpenApiIT extends OpenApiTest {}
