package org.aitrainer.api.write;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who makes a write: the subject of the request's bearer token, recorded with every change. */
@RequestScoped
class Author {

    @Inject
    JsonWebToken token;

    public String name() {
        String subject = token.getSubject();
        return subject == null || subject.isBlank() ? token.getName() : subject;
    }
}
