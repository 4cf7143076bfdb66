package org.aitrainer.api.http.openapi;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Repairs of the generated parameters: the types the document declares, and the rule every sort follows. */
final class ParameterRepairs {

    /** What every sort parameter accepts; each names its own fields and default. */
    private static final String SORT_RULE =
            "Comma-separated fields, each optionally prefixed by - for descending order. ";

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

    /** Every sort parameter's description starts with the rule all of them follow. */
    static void describeSort(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.QUERY && "sort".equals(parameter.getName())) {
            parameter.setDescription(SORT_RULE + parameter.getDescription());
        }
    }
}
