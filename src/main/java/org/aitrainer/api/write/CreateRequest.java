package org.aitrainer.api.write;

import jakarta.ws.rs.BeanParam;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.http.query.LanguageParameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;

/** What every creating POST takes besides its body: the key that makes it safe to retry, and the answer's language. */
public class CreateRequest {

    @RestHeader(Idempotency.HEADER)
    @Parameter(
            description = "A key of your choice (1 to 255 visible ASCII characters) that makes this POST safe to "
                    + "retry: the same key and body within 24 hours replays the first response without writing "
                    + "again; the same key with another body is a 422.",
            example = "3f1c9e0a-7b2d-4c55-9a61-0e8f2d4b6a13")
    String idempotencyKey;

    @BeanParam
    LanguageParameter language;

    Language language() {
        return language.language();
    }
}
