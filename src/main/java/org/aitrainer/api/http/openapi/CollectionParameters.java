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
 * document is built ({@code DeclaredCollections}). A collection's filters, and the GET of its records with their path
 * parameter, are documented where they are declared, and nowhere else.
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
            collection.record().ifPresent(record -> describeRecord(openAPI, collection.recordPath(), record));
        }
    }

    /**
     * Names and describes the GET of a collection's record, and gives its path parameter's words to every method of
     * the record's path; the example is shown on the GET.
     */
    private static void describeRecord(OpenAPI openAPI, String path, CollectionDeclaration.Record record) {
        PathItem item = openAPI.getPaths().getPathItem(path);
        if (item == null || item.getGET() == null) {
            throw new IllegalStateException("No GET serves the records declared at " + path);
        }
        Operation get = item.getGET();
        get.setOperationId(record.operation().id());
        get.setSummary(record.operation().summary());
        get.setDescription(record.operation().description());
        QueryFilter.Documented documented = record.parameter();
        item.getOperations().forEach((method, operation) -> {
            Parameter parameter = pathParameter(operation, documented.name());
            parameter.setRequired(true);
            parameter.setDescription(documented.description());
            parameter.setSchema(schema(documented));
            if (method == PathItem.HttpMethod.GET) {
                parameter.setExample(documented.example());
            }
        });
    }

    /**
     * The path parameter of that name among an operation's parameters, added first when it is not there: a PUT or
     * DELETE of a record reads its id by name, so nothing in the method declares the parameter.
     */
    private static Parameter pathParameter(Operation operation, String name) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() == Parameter.In.PATH && name.equals(parameter.getName())) {
                    return parameter;
                }
            }
        }
        Parameter parameter = OASFactory.createParameter().name(name).in(Parameter.In.PATH);
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(parameter);
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        operation.setParameters(parameters);
        return parameter;
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
        return OASFactory.createParameter()
                .name(documented.name())
                .in(Parameter.In.QUERY)
                .description(documented.description())
                .example(documented.example())
                .schema(schema(documented));
    }

    private static Schema schema(QueryFilter.Documented documented) {
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
        return schema;
    }
}
