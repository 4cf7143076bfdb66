package org.aitrainer.api.http.language;

import org.aitrainer.api.core.Language;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

/** The language parameters every localized resource takes. */
public class LanguageParameter {

    @RestQuery
    @Parameter(
            name = "lang",
            in = ParameterIn.QUERY,
            description = "The response language, zh-CN or en; overrides Accept-Language. Any other value is "
                    + "ignored: Accept-Language decides, and without it the language is zh-CN.",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"zh-CN", "en"}))
    String lang;

    @RestHeader("Accept-Language")
    @Parameter(
            name = "Accept-Language",
            in = ParameterIn.HEADER,
            description = "Preferred languages (RFC 9110). Chinese tags select zh-CN, English tags select en; "
                    + "anything else falls back to zh-CN.",
            example = "en-US,en;q=0.9")
    String acceptLanguage;

    public Language language() {
        return Language.negotiate(lang, acceptLanguage);
    }
}
