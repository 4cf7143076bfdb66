package org.aitrainer.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import org.aitrainer.api.dev.DevDatabase;

/**
 * Every setting of the service's own, with its default. Each is also an environment variable: {@code AITRAINER_} and
 * the property's path in capitals, such as {@code AITRAINER_HTTP_MAX_AGE}. The README's table of variables lists
 * them with these defaults ({@code SettingsTest} checks it). Everything else is Quarkus's own configuration, in
 * {@code application.properties}.
 */
@ConfigMapping(prefix = "aitrainer")
public interface Settings {

    /** Read the main collections once right after start, so that the first clients find the code loaded. */
    @WithDefault("true")
    boolean warmUp();

    Http http();

    Cors cors();

    Snapshot snapshot();

    Changes changes();

    Versions versions();

    RateLimits rateLimits();

    Dev devDatabase();

    interface Http {

        /** How long browsers, CDNs and proxies may reuse an anonymous read before they revalidate it. */
        @WithDefault("300S")
        Duration maxAge();
    }

    interface Cors {

        /** In {@link #writeOrigins()}: any origin may write. */
        String ANY_ORIGIN = "*";

        /** The browser origins that may write (a write from another origin is a 403); {@code *}: any origin. */
        @WithDefault(Cors.ANY_ORIGIN)
        List<String> writeOrigins();
    }

    interface Snapshot {

        /** How often an instance checks the committed data version, behind the notifications. */
        @WithDefault("5S")
        Duration checkInterval();
    }

    /** The stream of changes, {@code GET /api/v1/changes/stream}. */
    interface Changes {

        /** A comment sent on a stream that had nothing else to send for this long, so that proxies keep it open. */
        @WithDefault("15S")
        Duration heartbeat();

        /**
         * How long a client may leave its connection unread, with the server's send buffer full, before it is sent
         * the event that says where to resume and disconnected.
         */
        @WithDefault("10S")
        Duration stallTimeout();

        /** Most streams open at once on an instance; one more is answered 503 with Retry-After. */
        @WithDefault("10000")
        int maxStreams();
    }

    /** Answers as of a past data version ({@code version=N}, {@code knownAt=}). */
    interface Versions {

        /**
         * Past snapshots kept in memory, the least recently used dropped first. Each takes about as much heap as the
         * current one (docs/performance.md).
         */
        @WithDefault("8")
        int cached();

        /** Past snapshots built at once; a request for another version waits for one of them to end. */
        @WithDefault("2")
        int concurrentBuilds();
    }

    /**
     * Per-client rate limits, in four classes of request under {@code /api/v1}, each with its own quota: so many
     * requests per period, counted apart for each client address (see docs/operations.md, Rate limits).
     */
    interface RateLimits {

        /** Refuse a client that goes over its quota with a 429; off: nothing is counted or refused. */
        @WithDefault("true")
        boolean enabled();

        /** Reads (every GET and HEAD) a client may send per {@link #readsPeriod()}. */
        @WithDefault("1200")
        long reads();

        @WithDefault("60S")
        Duration readsPeriod();

        /** Subsidy estimates ({@code POST /api/v1/subsidy-estimates}) a client may ask for per period. */
        @WithDefault("120")
        long estimates();

        @WithDefault("60S")
        Duration estimatesPeriod();

        /** Batches ({@code POST /api/v1/subsidy-estimates/batch} and {@code POST /api/v1/batch}) per period. */
        @WithDefault("10")
        long batches();

        @WithDefault("60S")
        Duration batchesPeriod();

        /** Every other request under /api/v1 (partners' POST, PUT and DELETE) per period. */
        @WithDefault("120")
        long writes();

        @WithDefault("60S")
        Duration writesPeriod();

        /**
         * The most buckets held in memory, one per client and class (about 400 bytes each); the least used are
         * forgotten first, and any bucket idle for a whole period, which is full again by then.
         */
        @WithDefault("10000")
        long maxBuckets();
    }

    interface Dev {

        /**
         * Dev mode without a datasource URL only: the embedded PostgreSQL's data folder. Read before this mapping
         * exists, by {@link DevDatabase}; declared here for its default and its name.
         */
        @WithDefault(DevDatabase.DEFAULT_DIRECTORY)
        String directory();
    }
}
