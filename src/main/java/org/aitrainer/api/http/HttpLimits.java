package org.aitrainer.api.http;

/**
 * The sizes of request this service takes: enforced in {@code http.limits}, and named in the problems that refuse a
 * larger request.
 */
public final class HttpLimits {

    public static final int MAX_URI_LENGTH = 8 * 1024;
    public static final int MAX_HEADER_FIELD = 8 * 1024;
    public static final int MAX_HEADER_FIELDS = 16 * 1024;

    /** A request body, but for the methods marked {@code LargeBody}. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /** The body of a method marked {@code LargeBody}: 1,000 situations of a batch fit in it. */
    public static final int LARGE_MAX_BODY_BYTES = 256 * 1024;

    /** The body of a batch of writes (POST /api/v1/batch): 1,000 operations fit in it. */
    public static final int BATCH_MAX_BODY_BYTES = 1024 * 1024;

    private HttpLimits() {}
}
