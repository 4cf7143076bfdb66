package org.aitrainer.api.http.query;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.BiFunction;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.http.openapi.OpenApiDocumentation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * What every collection's GET takes besides its own filters and sort: the page, the language, and the request URI
 * its links are built from. A collection reads its filters from {@link #parameters()}, then answers with {@link
 * #answer}: one 400 names every invalid parameter, the page's included.
 */
public class Listing {

    static final String PAGE = "page";
    static final String SIZE = "size";

    @Context
    UriInfo uri;

    @BeanParam
    LanguageParameter language;

    private QueryParameters parameters;

    /** The page asked for, read by name, as every query parameter is; the API reference's words are here. */
    @Parameter(
            name = PAGE,
            in = ParameterIn.QUERY,
            description = "The page number, from 1. Default 1.",
            extensions = @Extension(name = OpenApiDocumentation.PAGED, value = "true"),
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    private int page;

    @Parameter(
            name = SIZE,
            in = ParameterIn.QUERY,
            description = "Items per page, from 1 to 100. Default 20.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    private int size;

    private Language lang;

    /**
     * The request's query parameters, the page and the language read first; a collection reads its filters and sort
     * from them.
     */
    public QueryParameters parameters() {
        if (parameters == null) {
            parameters = QueryParameters.of(uri);
            PageRequest asked = parameters.page(parameters.raw(PAGE), parameters.raw(SIZE));
            page = asked.number();
            size = asked.size();
            lang = language.language(parameters);
        }
        return parameters;
    }

    /** The language of the answer. */
    public Language language() {
        parameters();
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
                selection.items(),
                selection.keep(),
                selection.order().comparator(language()),
                new PageRequest(page, size));
    }

    /** A body that holds a page, with the page's links. */
    public <P> RestResponse<P> ok(P body, Page.PageInfo pageInfo) {
        return PageLinks.ok(body, pageInfo, uri);
    }
}
