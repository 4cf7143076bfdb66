package org.aitrainer.api.http.query;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.BiFunction;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.http.language.LanguageParameter;
import org.aitrainer.api.http.openapi.OpenApiDocumentation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * What every collection's GET takes besides its own filters and sort: the page, the language, and the request URI
 * its links are built from. A collection reads its filters from {@link #parameters()}, then answers with {@link
 * #answer}: one 400 names every invalid parameter, the page's included.
 */
public class Listing {

    @RestQuery
    @Parameter(
            name = "page",
            in = ParameterIn.QUERY,
            description = "The page number, from 1. Default 1.",
            extensions = @Extension(name = OpenApiDocumentation.PAGED, value = "true"),
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    String page;

    @RestQuery
    @Parameter(
            name = "size",
            in = ParameterIn.QUERY,
            description = "Items per page, from 1 to 100. Default 20.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String size;

    @BeanParam
    LanguageParameter language;

    @Context
    UriInfo uri;

    private QueryParameters parameters;
    private PageRequest request;
    private Language lang;

    /** The request's query parameters, the page read first; a collection reads its filters and sort from them. */
    public QueryParameters parameters() {
        if (parameters == null) {
            parameters = new QueryParameters(uri.getQueryParameters()::get);
            request = parameters.page(page, size);
        }
        return parameters;
    }

    /** The language of the answer. */
    public Language language() {
        if (lang == null) {
            lang = language.language();
        }
        return lang;
    }

    /**
     * The requested page of what a selection keeps, in its order, each item shown in the request's language, with
     * the page's links; a 400 instead when any parameter is invalid.
     */
    public <T, V> RestResponse<Page<V>> answer(Selection<T> selection, BiFunction<T, Language, V> view) {
        Page<T> found = select(selection);
        Language in = language();
        return PageLinks.ok(found.map(item -> view.apply(item, in)), uri);
    }

    /** The requested page of what a selection keeps, in its order; a 400 when any parameter is invalid. */
    public <T> Page<T> select(Selection<T> selection) {
        parameters().validate();
        return Page.select(
                selection.items(), selection.keep(), selection.order().comparator(language()), request);
    }

    /** A body that holds a page, with the page's links. */
    public <P> RestResponse<P> ok(P body, Page.PageInfo pageInfo) {
        return PageLinks.ok(body, pageInfo, uri);
    }
}
