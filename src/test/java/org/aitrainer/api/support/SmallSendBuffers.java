package org.aitrainer.api.support;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Server connections with a small send buffer, so that a client that does not read fills its connection after tens of
 * kilobytes, not after the megabytes a loopback connection's buffer grows to. Enabled by {@link SlowClientsProfile}.
 */
@Alternative
@ApplicationScoped
public class SmallSendBuffers implements HttpServerOptionsCustomizer {

    public static final int BYTES = 8192;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setSendBufferSize(BYTES);
    }
}
