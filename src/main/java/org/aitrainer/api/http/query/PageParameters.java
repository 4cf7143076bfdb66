package org.aitrainer.api.http.query;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The pagination parameters every collection takes. */
public class PageParameters {

    @RestQuery
    @Parameter(
            name = "page",
            in = ParameterIn.QUERY,
            description = "The page number, from 1. Default 1.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    String page;

    @RestQuery
    @Parameter(
            name = "size",
            in = ParameterIn.QUERY,
            description = "Items per page, from 1 to 100. Default 20.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String size;

    public PageRequest read(QueryParameters parameters) {
        return parameters.page(page, size);
    }
}
