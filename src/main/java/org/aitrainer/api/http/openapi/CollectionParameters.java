package org.aitrainer.api.http.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.QueryFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The query parameters of each collection's GET, read from the collections' declarations ({@link
 * CollectionDeclaration}), each a constant of its feature package, found among the application's classes when the
 * document is built ({@code DeclaredCollections}). A collection's filters are documented where they are declared, and
 * nowhere else.
 */
final class CollectionParameters {

    /**
     * Names and describes each collection's GET, and adds its parameters, by name, before those every collection
     * shares.
     */
    static void addTo(OpenAPI openAPI, List<CollectionDeclaration<?>> collections) {
        for (CollectionDeclaration<?> collection : collections) {
            PathItem item = openAPI.getPaths().getPathItem(collection.path());
            if (item == null || item.getGET() == null) {
                throw new IllegalStateException("No GET serves the collection declared at " + collection.path());
            }
            Operation list = item.getGET();
            list.setOperationId(collection.operation().id());
            list.setSummary(collection.operation().summary());
            list.setDescription(collection.operation().description());
            List<Parameter> parameters = new ArrayList<>(collection.parameters().stream()
                    .sorted(Comparator.comparing(QueryFilter.Documented::name))
                    .map(CollectionParameters::parameter)
                    .toList());
            if (list.getParameters() != null) {
                parameters.addAll(list.getParameters());
            }
            list.setParameters(parameters);
        }
    }

    /** The methods of a path, in the order the OpenAPI specification lists them. */
    private static final List<PathItem.HttpMethod> METHODS = List.of(
            PathItem.HttpMethod.GET,
            PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.POST,
            PathItem.HttpMethod.DELETE,
            PathItem.HttpMethod.OPTIONS,
            PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.PATCH,
            PathItem.HttpMethod.TRACE);

    /**
     * Puts the paths in order, and each path's operations in the order of their methods, so that a collection whose
     * words are declared in code stands where the rest of the document would have put it.
     */
    static void inDocumentOrder(OpenAPI openAPI) {
        Map<String, PathItem> paths = new TreeMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            PathItem ordered = OASFactory.createPathItem()
                    .summary(item.getSummary())
                    .description(item.getDescription())
                    .parameters(item.getParameters())
                    .servers(item.getServers())
                    .extensions(item.getExtensions());
            for (PathItem.HttpMethod method : METHODS) {
                if (item.getOperations().containsKey(method)) {
                    ordered.setOperation(method, item.getOperations().get(method));
                }
            }
            paths.put(path, ordered);
        });
        openAPI.getPaths().setPathItems(paths);
    }

    private static Parameter parameter(QueryFilter.Documented documented) {
        Schema schema = OASFactory.createSchema();
        if (documented.schema() != null) {
            schema.setRef(documented.schema());
        } else {
            schema.addType(Schema.SchemaType.valueOf(documented.type().toUpperCase(Locale.ROOT)));
            schema.setFormat(documented.format());
            schema.setPattern(documented.pattern());
            if (documented.minimum() != null) {
                schema.setMinimum(BigDecimal.valueOf(documented.minimum()));
            }
            if (documented.maximum() != null) {
                schema.setMaximum(BigDecimal.valueOf(documented.maximum()));
            }
        }
        return OASFactory.createParameter()
                .name(documented.name())
                .in(Parameter.In.QUERY)
                .description(documented.description())
                .example(documented.example())
                .schema(schema);
    }
}
