package org.aitrainer.api.write;

import org.aitrainer.api.http.caching.ETags;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;

/** The precondition every update and delete takes: the ETag the client last read. */
public class IfMatch {

    @RestHeader("If-Match")
    @Parameter(
            description = "The resource's ETag as last read: without it the write is a 428, with a stale one a 412.",
            example = ETags.EXAMPLE)
    String value;
}
