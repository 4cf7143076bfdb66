package org.aitrainer.api.http.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.ExportSection;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The sections of the data-set export in its schema, read from the collections' declarations ({@link
 * ExportSection}): one array property per exported collection, in the sections' order, after the properties the
 * export's own class declares. The export's schema is the one the operation marked {@link
 * OpenApiDocumentation#EXPORT_SECTIONS} answers with; each item's schema is the one its record declares with {@code
 * @Schema}.
 */
final class ExportSections {

    private ExportSections() {}

    static void addTo(OpenAPI openAPI, List<CollectionDeclaration<?>> collections) {
        List<Operation> marked = new ArrayList<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    // The generated document repeats an operation's extensions on its answers.
                    APIResponse answer = operation.getResponses().getAPIResponse("200");
                    if (marked(operation.getExtensions()) || answer != null && marked(answer.getExtensions())) {
                        operation.removeExtension(OpenApiDocumentation.EXPORT_SECTIONS);
                        answer.removeExtension(OpenApiDocumentation.EXPORT_SECTIONS);
                        marked.add(operation);
                    }
                }));
        if (marked.size() != 1) {
            throw new IllegalStateException(
                    "One operation must be marked " + OpenApiDocumentation.EXPORT_SECTIONS + ", not " + marked.size());
        }
        Schema export = exported(openAPI, marked.get(0));
        collections.stream()
                .flatMap(collection -> collection.exported().stream())
                .sorted(Comparator.comparingInt(ExportSection::position))
                .forEach(section -> export.addProperty(
                        section.name(),
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref(schemaName(section.items())))
                                .description(section.description())));
    }

    private static boolean marked(Map<String, Object> extensions) {
        return extensions != null && extensions.containsKey(OpenApiDocumentation.EXPORT_SECTIONS);
    }

    /** The schema of what an operation answers with 200 in JSON, as the components hold it. */
    private static Schema exported(OpenAPI openAPI, Operation operation) {
        MediaType json =
                operation.getResponses().getAPIResponse("200").getContent().getMediaType("application/json");
        String reference = json.getSchema().getRef();
        return openAPI.getComponents().getSchemas().get(reference.substring(reference.lastIndexOf('/') + 1));
    }

    /** The name a record's schema has in the document: the one its {@code @Schema} gives, or its simple name. */
    private static String schemaName(Class<?> type) {
        org.eclipse.microprofile.openapi.annotations.media.Schema declared =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return declared == null || declared.name().isEmpty() ? type.getSimpleName() : declared.name();
    }
}
