package org.aitrainer.api.snapshot;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Names the data version a read was answered from in {@code X-Data-Version}, as the exports do: a partner who wrote
 * version N reads its write from any answer of version N or later.
 */
public class DataVersionHeader {

    public static final String NAME = "X-Data-Version";

    @Inject
    RequestSnapshot request;

    @ServerResponseFilter
    public void addDataVersion(ContainerResponseContext response) {
        ReadSnapshot snapshot = request.taken();
        if (snapshot != null
                && response.getStatus() < 400
                && !response.getHeaders().containsKey(NAME)) {
            response.getHeaders().putSingle(NAME, Long.toString(snapshot.version()));
        }
    }
}
