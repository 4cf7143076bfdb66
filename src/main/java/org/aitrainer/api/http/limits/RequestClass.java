package org.aitrainer.api.http.limits;

import java.util.Set;

/**
 * The classes of request under {@code /api/v1} that are rate limited apart, each under its own quota policy: a
 * request is counted in exactly one of them. Reads are every GET and HEAD (and the rare OPTIONS that is not a CORS
 * preflight); estimates and batches are the POSTs to their paths; writes are every other request, whatever its method.
 */
public enum RequestClass {
    READS("reads"),
    ESTIMATES("estimates"),
    BATCHES("batches"),
    WRITES("writes");

    public static final String API = "/api/v1";
    public static final String ESTIMATES_PATH = API + "/subsidy-estimates";
    public static final Set<String> BATCH_PATHS = Set.of(ESTIMATES_PATH + "/batch", API + "/batch");

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String policy;

    RequestClass(String policy) {
        this.policy = policy;
    }

    /** The name of its quota policy in the RateLimit-Policy and RateLimit fields. */
    public String policy() {
        return policy;
    }

    /**
     * The class of a request, or null when it is not limited (it is outside {@code /api/v1}). The path is compared
     * as the routers would match it: repeated slashes, a trailing slash and matrix parameters do not take a request
     * out of its class.
     */
    public static RequestClass of(String method, String path) {
        String canonical = canonical(path);
        if (!canonical.equals(API) && !canonical.startsWith(API + "/")) {
            return null;
        }
        if (READ_METHODS.contains(method)) {
            return READS;
        }
        if (method.equals("POST") && canonical.equals(ESTIMATES_PATH)) {
            return ESTIMATES;
        }
        if (method.equals("POST") && BATCH_PATHS.contains(canonical)) {
            return BATCHES;
        }
        return WRITES;
    }

    /**
     * Whether a request computes an answer and writes nothing, though it is a POST: the subsidy estimates, single or
     * batched. Browser apps of any origin may send them, as they may read.
     */
    public static boolean isComputation(String method, String path) {
        if (!method.equals("POST")) {
            return false;
        }
        String canonical = canonical(path);
        return canonical.equals(ESTIMATES_PATH) || canonical.equals(ESTIMATES_PATH + "/batch");
    }

    static String canonical(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        StringBuilder canonical = new StringBuilder(path.length());
        boolean matrix = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/') {
                matrix = false;
                if (canonical.length() == 0 || canonical.charAt(canonical.length() - 1) != '/') {
                    canonical.append('/');
                }
            } else if (c == ';') {
                matrix = true;
            } else if (!matrix) {
                canonical.append(c);
            }
        }
        int end = canonical.length();
        while (end > 1 && canonical.charAt(end - 1) == '/') {
            end--;
        }
        canonical.setLength(end);
        return canonical.toString();
    }
}
