package org.aitrainer.api.write;

import jakarta.ws.rs.BeanParam;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.http.query.LanguageParameter;

/** What every PUT takes besides its path and body: the ETag the client last read, and the answer's language. */
public class UpdateRequest {

    @BeanParam
    IfMatch ifMatch;

    @BeanParam
    LanguageParameter language;

    Language language() {
        return language.language();
    }
}
