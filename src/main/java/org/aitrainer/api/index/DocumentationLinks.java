package org.aitrainer.api.index;

import jakarta.inject.Singleton;
import java.util.List;
import org.aitrainer.api.http.ApiLink;
import org.aitrainer.api.http.Linked;

/** The index's own links, to the API's documentation, and the index itself as a warm-up read. */
@Singleton
class DocumentationLinks implements Linked {

    @Override
    public List<ApiLink> links() {
        return List.of(
                new ApiLink(140, "openapi", "/q/openapi", "OpenAPI 文档", "OpenAPI document"),
                new ApiLink(150, "docs", "/q/swagger-ui", "Swagger UI 接口文档", "Swagger UI"));
    }

    @Override
    public List<String> warmUp() {
        return List.of("/api/v1");
    }
}
