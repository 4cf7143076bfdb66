package org.aitrainer.api.http.openapi;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Repairs of the generated parameters: the types the document declares. */
final class ParameterRepairs {

    private ParameterRepairs() {}

    /**
     * Resources read their query and path parameters as text, so that a bad value gets this API's own 400 and not a
     * framework's 404; the type {@code META-INF/openapi.yaml} declares for such a parameter is the one that counts.
     */
    static void keepDeclaredType(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getRef() != null) {
            schema.setType(null);
        } else if (schema != null
                && schema.getType() != null
                && schema.getType().size() > 1) {
            List<Schema.SchemaType> declared = schema.getType().stream()
                    .filter(type -> type != Schema.SchemaType.STRING)
                    .toList();
            schema.setType(new ArrayList<>(declared));
        }
    }
}
