package org.aitrainer.api.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.MDC;

/**
 * Every request gets an id: the client's {@code X-Request-Id} when it is well-formed (1 to 128 letters, digits and
 * {@code . _ : -}), a new random one otherwise. It is echoed in the response, printed in the access log line and in
 * every log line written while serving the request ({@code requestId}), and named in problem bodies.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final int MAX_LENGTH = 128;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    void install(@Observes Filters filters) {
        filters.register(this::assign, RouteOrder.REQUEST_IDS);
    }

    private void assign(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = wellFormed(given) ? given : generate();
        if (!id.equals(given)) {
            context.request().headers().set(HEADER, id); // what the access log and the resources read
        }
        context.put(HEADER, id);
        context.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        context.next();
    }

    /** The id of the request being served, or null outside a request. */
    public static String of(RoutingContext context) {
        return context == null ? null : context.get(HEADER);
    }

    static boolean wellFormed(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** 128 random bits in hexadecimal: unique enough to find one request in the logs, and cheap to make. */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[32];
        for (int half = 0; half < 2; half++) {
            long bits = random.nextLong();
            for (int i = 0; i < 16; i++) {
                id[half * 16 + i] = HEX[(int) (bits >>> (60 - 4 * i)) & 0xf];
            }
        }
        return new String(id);
    }
}
