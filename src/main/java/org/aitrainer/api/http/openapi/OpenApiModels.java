package org.aitrainer.api.http.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** The small pieces of the OpenAPI model the completion builds from: headers, references, problem bodies. */
final class OpenApiModels {

    private OpenApiModels() {}

    static APIResponse reference(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }

    static Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    static void addIfMissing(APIResponse response, String name, String description) {
        if (response.getHeaders() == null || response.getHeaders().get(name) == null) {
            response.addHeader(name, OpenApiModels.header(description));
        }
    }

    static void addIfMissing(APIResponse response, String name, String description, String example) {
        if (response.getHeaders() == null || response.getHeaders().get(name) == null) {
            response.addHeader(name, OpenApiModels.header(description).example(example));
        }
    }
}
