package org.aitrainer.api.http.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aitrainer.api.core.ApplicationClasses;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Repairs of the generated schemas: the properties every response carries are required, and null is allowed where a
 * property is nullable or an optional input.
 */
final class SchemaRepairs {

    /**
     * The response properties Jackson leaves out when they are null: the record components marked {@code
     * @JsonInclude(NON_NULL)}, by the name of their record's schema. They appear only in some responses. Every other
     * property of a response is always there, null where its schema allows.
     */
    static Map<String, Set<String>> sometimesAbsent() {
        Map<String, Set<String>> absent = new HashMap<>();
        for (Class<?> type : ApplicationClasses.all()) {
            if (!type.isRecord()) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (leftOutWhenNull(type, component)) {
                    absent.computeIfAbsent(schemaName(type), name -> new HashSet<>())
                            .add(component.getName());
                }
            }
        }
        return absent;
    }

    private static boolean leftOutWhenNull(Class<?> record, RecordComponent component) {
        try {
            JsonInclude include = record.getDeclaredField(component.getName()).getAnnotation(JsonInclude.class);
            return include != null && include.value() == JsonInclude.Include.NON_NULL;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static String schemaName(Class<?> type) {
        org.eclipse.microprofile.openapi.annotations.media.Schema schema =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    private SchemaRepairs() {}

    /**
     * Marks the properties every response carries as required, so that clients generated from the document (the
     * explorer page's TypeScript types among them) know a field is always there, and null only where it is nullable.
     * Schemas that declare their own required properties (request bodies) are left as they are.
     */
    static void markResponsePropertiesRequired(OpenAPI openAPI) {
        Map<String, Set<String>> sometimesAbsent = sometimesAbsent();
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> seen = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>();
        openAPI.getComponents().getResponses().values().forEach(response -> pending.addAll(schemasOf(response)));
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations()
                        .values()
                        .forEach(operation -> operation
                                .getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(r -> pending.addAll(schemasOf(r)))));
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                Schema named = schemas.get(name);
                if (named != null && seen.add(name)) {
                    if (named.getProperties() != null && named.getRequired() == null) {
                        Set<String> absent = sometimesAbsent.getOrDefault(name, Set.of());
                        named.setRequired(named.getProperties().keySet().stream()
                                .filter(property -> !absent.contains(property))
                                .toList());
                    }
                    pending.push(named);
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(pending::push);
            }
            if (schema.getItems() != null) {
                pending.push(schema.getItems());
            }
            for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    parts.forEach(pending::push);
                }
            }
        }
    }

    static List<Schema> schemasOf(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return List.of();
        }
        return response.getContent().getMediaTypes().values().stream()
                .map(MediaType::getSchema)
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * OpenAPI 3.1 describes a nullable reference as {@code anyOf: [{$ref}, {type: null}]}. The generator also writes a
     * {@code type} beside the {@code anyOf}, sometimes without "null" in it ({@code "type": "object"}), which makes
     * null invalid for a strict validator; the members of the {@code anyOf} say all there is to say, so it goes.
     */
    static void allowNullWhereNullable(OpenAPI openAPI) {
        Deque<Schema> pending =
                new ArrayDeque<>(openAPI.getComponents().getSchemas().values());
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!seen.add(schema)) {
                continue;
            }
            for (List<Schema> parts : Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null && parts.stream().anyMatch(SchemaRepairs::isNullType)) {
                    schema.setType(null);
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                pending.push(schema.getItems());
            }
            for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    pending.addAll(parts);
                }
            }
        }
    }

    /**
     * A request body may leave out an optional property or send it as null, which the service takes alike: the
     * properties that a request body's schema does not require allow null.
     */
    static void allowNullForOptionalInput(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inputs = new HashSet<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getRequestBody() != null
                            && operation.getRequestBody().getContent() != null) {
                        operation.getRequestBody().getContent().getMediaTypes().values().stream()
                                .map(MediaType::getSchema)
                                .filter(schema -> schema != null && schema.getRef() != null)
                                .forEach(schema -> inputs.add(schema.getRef()
                                        .substring(schema.getRef().lastIndexOf('/') + 1)));
                    }
                }));
        for (String name : inputs) {
            Schema input = schemas.get(name);
            if (input == null || input.getProperties() == null) {
                continue;
            }
            List<String> required = input.getRequired() == null ? List.of() : input.getRequired();
            input.getProperties().forEach((property, schema) -> {
                if (required.contains(property)) {
                    return;
                }
                if (schema.getRef() != null) {
                    String ref = schema.getRef();
                    schema.setRef(null);
                    schema.setType(null);
                    schema.setAnyOf(new ArrayList<>(List.of(
                            OASFactory.createSchema().ref(ref),
                            OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
                } else if (schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)) {
                    List<Schema.SchemaType> types = new ArrayList<>(schema.getType());
                    types.add(Schema.SchemaType.NULL);
                    schema.setType(types);
                }
            });
        }
    }

    static boolean isNullType(Schema schema) {
        return schema.getRef() == null
                && schema.getType() != null
                && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
