package org.aitrainer.api.http.query;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.aitrainer.api.core.Language;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;

/**
 * The language parameters every localized resource takes. The {@code lang} query parameter is read by name, as
 * every query parameter is ({@link QueryParameters}): given twice, it is a 400.
 */
public class LanguageParameter {

    /** The query parameter that names the response language. */
    public static final String LANG = "lang";

    @Parameter(
            name = LANG,
            in = ParameterIn.QUERY,
            description = "The response language, zh-CN or en; overrides Accept-Language. Any other value is "
                    + "ignored: Accept-Language decides, and without it the language is zh-CN.",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"zh-CN", "en"}))
    @Context
    UriInfo uri;

    @RestHeader("Accept-Language")
    @Parameter(
            name = "Accept-Language",
            in = ParameterIn.HEADER,
            description = "Preferred languages (RFC 9110). Chinese tags select zh-CN, English tags select en; "
                    + "anything else falls back to zh-CN.",
            example = "en-US,en;q=0.9")
    String acceptLanguage;

    /** The language of the answer; a 400 when {@code lang} is given more than once. */
    public Language language() {
        QueryParameters parameters = QueryParameters.of(uri);
        Language language = language(parameters);
        parameters.validate();
        return language;
    }

    /** The language of the answer, {@code lang} read among a request's other parameters, which validate them all. */
    public Language language(QueryParameters parameters) {
        return Language.negotiate(parameters.raw(LANG), acceptLanguage);
    }
}
