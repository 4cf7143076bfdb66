package org.aitrainer.api.snapshot;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Names the data version a read was answered from in {@code X-Data-Version}, as the exports do: a partner who wrote
 * version N reads its write from any answer of version N or later. An answer as of a past version names that
 * version, whatever its resource read.
 */
public class DataVersionHeader {

    public static final String NAME = "X-Data-Version";

    @Inject
    RequestSnapshot request;

    @ServerResponseFilter
    public void addDataVersion(ContainerResponseContext response) {
        if (response.getStatus() >= 400 || response.getHeaders().containsKey(NAME)) {
            return;
        }
        ReadSnapshot snapshot = request.taken();
        OptionalLong pinned = request.pinnedVersion();
        if (snapshot != null) {
            response.getHeaders().putSingle(NAME, Long.toString(snapshot.version()));
        } else if (pinned.isPresent()) {
            response.getHeaders().putSingle(NAME, Long.toString(pinned.getAsLong()));
        }
    }
}
