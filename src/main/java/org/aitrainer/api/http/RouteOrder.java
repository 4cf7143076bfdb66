package org.aitrainer.api.http;

/**
 * The order of the service's Vert.x route filters, in one place: a filter of higher priority runs first. Quarkus's own
 * CORS (300) and authentication (200) filters fall between them.
 */
public final class RouteOrder {

    /** Every request gets its id first, so that even one refused by the limits has it. */
    public static final int REQUEST_IDS = 1100;

    /** While the service stops, new requests are refused, with their ids. */
    public static final int DRAINING = REQUEST_IDS - 1;

    /** The sizes of the URI and the header fields, before anything reads them. */
    public static final int REQUEST_LIMITS = 1000;

    /** Writes from browser origins that may not write, before CORS answers for them. */
    public static final int WRITE_ORIGINS = 400;

    /** Per-client rate limits, once the request is known to be well-formed and allowed. */
    public static final int RATE_LIMITS = 250;

    private RouteOrder() {}
}
