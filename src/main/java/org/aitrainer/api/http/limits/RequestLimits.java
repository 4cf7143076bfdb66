package org.aitrainer.api.http.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.aitrainer.api.http.HttpLimits;
import org.aitrainer.api.http.RouteOrder;
import org.aitrainer.api.http.problem.Problem;
import org.aitrainer.api.http.problem.RouteProblems;

/**
 * The limits of a request's URI and headers, answered with problem bodies on every path (the API, /q/openapi, the
 * Swagger UI): a URI longer than {@value HttpLimits#MAX_URI_LENGTH} characters is a 414; a header field longer than
 * {@value HttpLimits#MAX_HEADER_FIELD} bytes, or header fields longer than {@value HttpLimits#MAX_HEADER_FIELDS} bytes together, a 431; a
 * URI whose percent-encoding is malformed or does not encode UTF-8, a 400. The HTTP server's own limits
 * (application.properties) lie above these, so that it only answers requests far beyond them, without a body.
 *
 * <p>A Vert.x filter rather than a JAX-RS one, so that it covers every path; it runs before the other filters (CORS,
 * authentication). A URI that is not even valid syntax ({@code %ZZ}, a raw space) never gets this far: Quarkus
 * refuses it with a 400 without a body, before any filter.
 */
@Singleton
public class RequestLimits {

    public static final String MALFORMED_URI = "The request URI is malformed: each % must begin a %XX escape of two "
            + "hexadecimal digits, and the escaped bytes must be UTF-8 text";

    /** Header names longer than this are not echoed in a problem's detail. */
    private static final int MAX_ECHOED_NAME = 64;

    @Inject
    ObjectMapper json;

    void register(@Observes Filters filters) {
        filters.register(this::check, RouteOrder.REQUEST_LIMITS);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        String instance = request.path();
        if (uri.length() > HttpLimits.MAX_URI_LENGTH) {
            RouteProblems.answer(
                    context,
                    json,
                    new Problem(
                            Problem.ABOUT_BLANK,
                            "URI Too Long",
                            414,
                            "The request URI is " + uri.length() + " characters long; at most "
                                    + HttpLimits.MAX_URI_LENGTH + " are accepted",
                            instance,
                            null));
            return;
        }
        String headersProblem = headersProblem(request);
        if (headersProblem != null) {
            RouteProblems.answer(
                    context,
                    json,
                    new Problem(
                            Problem.ABOUT_BLANK,
                            "Request Header Fields Too Large",
                            431,
                            headersProblem,
                            instance,
                            null));
            return;
        }
        if (!isWellFormed(uri)) {
            RouteProblems.answer(
                    context, json, new Problem(Problem.ABOUT_BLANK, "Bad Request", 400, MALFORMED_URI, instance, null));
            return;
        }
        context.next();
    }

    /** What is wrong with the request's header fields, or null when they are within the limits. */
    private static String headersProblem(HttpServerRequest request) {
        int total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey();
            int size = name.length() + 2 + header.getValue().length();
            if (size > HttpLimits.MAX_HEADER_FIELD) {
                return (name.length() <= MAX_ECHOED_NAME ? "The " + name + " header field" : "A header field") + " is "
                        + size + " bytes long; each may be at most " + HttpLimits.MAX_HEADER_FIELD + " bytes";
            }
            total += size + 2;
        }
        return total > HttpLimits.MAX_HEADER_FIELDS
                ? "The header fields are " + total + " bytes long together; at most " + HttpLimits.MAX_HEADER_FIELDS
                        + " are accepted"
                : null;
    }

    /** True when each % begins a %XX escape and the bytes of the URI, escapes decoded, are UTF-8. */
    static boolean isWellFormed(String uri) {
        byte[] bytes = new byte[uri.length()];
        int length = 0;
        boolean plainAscii = true;
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                int high = i + 2 < uri.length() ? hex(uri.charAt(i + 1)) : -1;
                int low = i + 2 < uri.length() ? hex(uri.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    return false;
                }
                int b = high * 16 + low;
                plainAscii &= b < 0x80;
                bytes[length++] = (byte) b;
                i += 2;
            } else if (c > 0xff) {
                return false; // the request line arrives as bytes, one character each
            } else {
                plainAscii &= c < 0x80;
                bytes[length++] = (byte) c;
            }
        }
        if (plainAscii) {
            return true;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
