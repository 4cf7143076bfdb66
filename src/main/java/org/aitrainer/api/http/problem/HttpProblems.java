package org.aitrainer.api.http.problem;

import java.util.Map;
import org.aitrainer.api.http.HttpLimits;

/** Problems for the statuses that HTTP itself explains, with a detail a client developer can act on. */
public final class HttpProblems {

    private static final Map<Integer, String[]> KNOWN = Map.of(
            400, new String[] {"Bad Request", "The request is malformed"},
            404, new String[] {"Not Found", "No resource exists at this path; GET /api/v1 lists the collections"},
            405,
                    new String[] {
                        "Method Not Allowed", "This resource does not support that method; see the Allow header"
                    },
            406,
                    new String[] {
                        "Not Acceptable", "This resource is not served in any media type the Accept header allows"
                    },
            413,
                    new String[] {
                        "Content Too Large",
                        "The request body is larger than this endpoint takes: " + HttpLimits.MAX_BODY_BYTES
                                + " bytes, " + HttpLimits.LARGE_MAX_BODY_BYTES + " for a batch of estimates, "
                                + HttpLimits.BATCH_MAX_BODY_BYTES + " for a batch of writes"
                    },
            414,
                    new String[] {
                        "URI Too Long", "The request URI is longer than " + HttpLimits.MAX_URI_LENGTH + " characters"
                    },
            415, new String[] {"Unsupported Media Type", "This resource does not accept that content type"},
            431,
                    new String[] {
                        "Request Header Fields Too Large",
                        "A header field is longer than "
                                + HttpLimits.MAX_HEADER_FIELD + " bytes, or the header fields are longer than "
                                + HttpLimits.MAX_HEADER_FIELDS + " bytes together"
                    },
            500, new String[] {"Internal Server Error", "The server failed to answer; the failure has been logged"},
            503, new String[] {"Service Unavailable", "The service cannot answer right now; retry later"});

    private HttpProblems() {}

    public static Problem of(int status, String instance) {
        String[] text = KNOWN.get(status);
        if (text == null) {
            String title = status >= 500 ? "Server Error" : "Client Error";
            return new Problem(Problem.ABOUT_BLANK, title, status, title, instance, null);
        }
        return new Problem(Problem.ABOUT_BLANK, text[0], status, text[1], instance, null);
    }
}
