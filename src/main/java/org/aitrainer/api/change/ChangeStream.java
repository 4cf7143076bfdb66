package org.aitrainer.api.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.aitrainer.api.config.Settings;
import org.aitrainer.api.http.problem.ServiceBusyException;
import org.aitrainer.api.snapshot.ReadSnapshots;
import org.aitrainer.api.snapshot.SnapshotSwapped;
import org.jboss.logging.Logger;

/**
 * Sends every committed change to the open streams of {@code GET /api/v1/changes/stream}, in commit order, each as an
 * event whose id is its cursor in the change feed.
 *
 * <p>One thread does all the sending. It learns of new data versions from this instance's snapshot, which follows
 * every instance's writes through PostgreSQL's notifications, reads the new changes once, and keeps the latest
 * {@value #RECENT} of them rendered: a stream that is up to date, or a little behind, is served from them. A stream
 * further behind (one resumed from an old cursor) reads its own pages from the database until it catches up.
 *
 * <p>Nothing is queued for a stream but what its connection holds: each stream has its own position, and is only
 * written to while its connection can take more. A client that leaves its connection full for longer than {@code
 * aitrainer.changes.stall-timeout} is sent the {@code resume} event, which names where to resume, and disconnected;
 * so is every stream when the service shuts down.
 */
@ApplicationScoped
public class ChangeStream {

    private static final Logger LOG = Logger.getLogger(ChangeStream.class);

    /** The newest changes held rendered, for every stream to send from. */
    static final int RECENT = 4096;

    /** Changes read from the database at once. */
    static final int PAGE = 500;

    /** How long the thread sleeps when nothing wakes it: the resolution of heartbeats and stall checks. */
    private static final long TICK_MS = 500;

    /**
     * The least time between two sends of new changes: the changes committed meanwhile go out together, one write a
     * stream, however many writes the instance takes a second.
     */
    private static final long GATHER_NANOS = Duration.ofMillis(25).toNanos();

    /** The most bytes of changes written to a stream at once. */
    static final int MAX_WRITE = 64 * 1024;

    /** How long a disconnected client's connection may take to read the final event before it is closed anyway. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    /** The reconnection delay streams ask EventSource clients for, in milliseconds. */
    static final int RETRY_MS = 2000;

    private static final Buffer HEARTBEAT = Buffer.buffer(":\n\n");

    @Inject
    ChangeLog log;

    @Inject
    ObjectMapper json;

    @Inject
    Settings settings;

    @Inject
    ReadSnapshots snapshots;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry registry;

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private final Object wake = new Object();
    private boolean woken; // guarded by wake
    private volatile long committed;
    private volatile boolean running;
    private volatile boolean stopping;
    private Thread thread;

    // The sending thread's own: the rendered changes after recentFrom up to recentTo, oldest first.
    private List<Frame> recent = new ArrayList<>();
    private long recentFrom;
    private long recentTo;
    private boolean reported;
    private long lastPass;

    /** The recent changes after a position, rendered once a pass for every stream at that position. */
    private final Map<Long, Tail> tails = new HashMap<>();

    /** A change as it goes on the wire. */
    private record Frame(long cursor, Buffer bytes) {}

    /** The recent changes after a position, up to {@link #MAX_WRITE} bytes: to the end of them when {@code whole}. */
    private record Tail(Buffer bytes, long last, boolean whole) {}

    /** Why a stream is closed by the service. */
    enum Reason {
        SLOW_CLIENT("slow-client"),
        SHUTDOWN("shutdown");

        final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    private static final class Subscriber {
        final SseEventSink sink;
        final HttpServerResponse response;
        final HttpConnection connection;
        long position;
        long lastWrite;
        long fullSince;

        Subscriber(SseEventSink sink, HttpServerResponse response, HttpConnection connection, long position) {
            this.sink = sink;
            this.response = response;
            this.connection = connection;
            this.position = position;
            this.lastWrite = System.nanoTime();
        }
    }

    void onStart(@Observes StartupEvent start) {
        committed = snapshots.held().map(s -> s.version()).orElse(0L);
        recentFrom = committed;
        recentTo = committed;
        Gauge.builder("aitrainer.change.streams", open, AtomicInteger::get)
                .description("Streams of changes open on this instance")
                .register(registry);
        running = true;
        thread = new Thread(this::run, "change-stream");
        thread.setDaemon(true);
        thread.start();
    }

    void onSwap(@Observes SnapshotSwapped swapped) {
        if (swapped.version() > committed) {
            committed = swapped.version();
            wake();
        }
    }

    /** From the shutdown signal on: every stream is sent where to resume and closed, so that it goes elsewhere. */
    void onShutdownSignal(@Observes ShutdownDelayInitiatedEvent event) {
        stop();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    private void stop() {
        if (thread == null || stopping) {
            return;
        }
        stopping = true;
        wake();
        try {
            thread.join(CLOSE_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts a stream after the cursor {@code after}, or, when it is null, after the data version of the snapshot this
     * instance answers reads from (a 503 while it has none). The response's head and a first comment are written here,
     * the changes by the sending thread. A 503 with Retry-After while the instance shuts down or holds as many streams
     * as it may.
     */
    void open(Long after, SseEventSink sink, HttpServerResponse response, HttpConnection connection) {
        if (stopping) {
            throw busy();
        }
        if (open.incrementAndGet() > settings.changes().maxStreams()) {
            open.decrementAndGet();
            throw busy();
        }
        long position;
        try {
            position = after == null ? snapshots.current().version() : after;
        } catch (RuntimeException e) {
            open.decrementAndGet();
            throw e;
        }
        Subscriber subscriber = new Subscriber(sink, response, connection, position);
        response.setStatusCode(200)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("Content-Language", "zh-CN, en")
                .putHeader("X-Accel-Buffering", "no")
                .setChunked(true);
        response.write(Buffer.buffer("retry: " + RETRY_MS + "\n: changes after " + position + "\n\n"));
        response.drainHandler(drained -> wake());
        subscribers.add(subscriber);
        wake();
    }

    private static ServiceBusyException busy() {
        return new ServiceBusyException("This instance cannot take another stream now (it holds as many as it may, or "
                + "it is shutting down); connect again in a few seconds.");
    }

    private void wake() {
        synchronized (wake) {
            woken = true;
            wake.notifyAll();
        }
    }

    private void run() {
        while (running) {
            try {
                if (stopping) {
                    subscribers.forEach(subscriber -> close(subscriber, Reason.SHUTDOWN));
                    running = false;
                    break;
                }
                lastPass = System.nanoTime();
                boolean more = take();
                tails.clear();
                for (Subscriber subscriber : subscribers) {
                    more |= serve(subscriber);
                }
                tails.clear();
                if (reported) {
                    LOG.info("Streaming changes again");
                    reported = false;
                }
                if (!more) {
                    await();
                    gather();
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                if (!reported) {
                    LOG.warnf("Streams of changes wait: %s", e.getMessage());
                    reported = true;
                }
                pause();
            }
        }
    }

    private void await() {
        synchronized (wake) {
            if (!woken) {
                try {
                    wake.wait(TICK_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }

    /** Waits, after a wake-up, until {@link #GATHER_NANOS} have passed since the last pass began. */
    private void gather() {
        long left = lastPass + GATHER_NANOS - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * Reads the changes committed since the last call into the recent ones, a page at a time.
     *
     * @return true when more are left to read
     */
    private boolean take() {
        long target = committed;
        if (target <= recentTo) {
            return false;
        }
        if (subscribers.isEmpty()) {
            // Nobody to send them to, so nothing is read: a write costs no more while no stream is open, and a stream
            // that opens later reads what it needs from the database.
            recent = new ArrayList<>();
            recentFrom = target;
            recentTo = target;
            return false;
        }
        if (target - recentTo > RECENT) {
            // Only the newest are kept: a stream that needs older ones reads them from the database.
            recent = new ArrayList<>();
            recentFrom = target - RECENT;
            recentTo = recentFrom;
        }
        List<ChangeView> page = log.after(recentTo, PAGE);
        for (ChangeView change : page) {
            long cursor = Long.parseLong(change.cursor());
            if (cursor > target) {
                break;
            }
            recent.add(new Frame(cursor, render(change)));
            recentTo = cursor;
        }
        if (page.size() < PAGE) {
            recentTo = target; // every change up to the committed version is read: the rest are gaps
        }
        if (recent.size() > 2 * RECENT) {
            int drop = recent.size() - RECENT;
            recentFrom = recent.get(drop - 1).cursor();
            recent = new ArrayList<>(recent.subList(drop, recent.size()));
        }
        return recentTo < target;
    }

    /**
     * Writes to one stream what it has not had, while its connection takes more; a heartbeat when it had nothing for
     * a while; the final event when it has left its connection full for too long.
     *
     * @return true when it could take more at once
     */
    private boolean serve(Subscriber subscriber) {
        if (subscriber.response.closed()) {
            forget(subscriber);
            return false;
        }
        long now = System.nanoTime();
        if (subscriber.response.writeQueueFull()) {
            if (subscriber.fullSince == 0) {
                subscriber.fullSince = now;
            } else if (now - subscriber.fullSince
                    > settings.changes().stallTimeout().toNanos()) {
                close(subscriber, Reason.SLOW_CLIENT);
            }
            return false;
        }
        subscriber.fullSince = 0;
        boolean wrote = false;
        if (subscriber.position < recentTo) {
            if (subscriber.position >= recentFrom) {
                Tail tail = tails.computeIfAbsent(subscriber.position, this::tail);
                if (tail.bytes().length() > 0) {
                    subscriber.response.write(tail.bytes());
                    wrote = true;
                }
                subscriber.position = tail.whole() ? recentTo : tail.last();
            } else {
                wrote = catchUp(subscriber);
            }
        }
        if (wrote) {
            subscriber.lastWrite = now;
        } else if (now - subscriber.lastWrite >= settings.changes().heartbeat().toNanos()) {
            subscriber.response.write(HEARTBEAT);
            subscriber.lastWrite = now;
        }
        return subscriber.position < recentTo && !subscriber.response.writeQueueFull();
    }

    /** A page of the changes a stream resumed from far back needs, read for it alone. */
    private boolean catchUp(Subscriber subscriber) {
        List<ChangeView> page = log.after(subscriber.position, PAGE);
        boolean wrote = false;
        for (ChangeView change : page) {
            long cursor = Long.parseLong(change.cursor());
            if (cursor > recentTo) {
                subscriber.position = Math.max(subscriber.position, recentTo); // the rest come with the recent ones
                return wrote;
            }
            if (subscriber.response.writeQueueFull()) {
                return wrote;
            }
            subscriber.response.write(render(change));
            subscriber.position = cursor;
            wrote = true;
        }
        if (page.size() < PAGE) {
            // every change after its position up to the recent ones was in this page
            subscriber.position = Math.max(subscriber.position, recentTo);
        }
        return wrote;
    }

    /** The recent changes after {@code position} as one buffer, which every stream at that position is sent. */
    private Tail tail(long position) {
        Buffer bytes = Buffer.buffer();
        long last = position;
        int i = firstAfter(position);
        for (; i < recent.size() && bytes.length() < MAX_WRITE; i++) {
            Frame frame = recent.get(i);
            bytes.appendBuffer(frame.bytes());
            last = frame.cursor();
        }
        return new Tail(bytes, last, i == recent.size());
    }

    /** The index in the recent changes of the first after {@code cursor}. */
    private int firstAfter(long cursor) {
        int low = 0;
        int high = recent.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (recent.get(middle).cursor() <= cursor) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private Buffer render(ChangeView change) {
        try {
            return Buffer.buffer(
                    "id: " + change.cursor() + "\nevent: change\ndata: " + json.writeValueAsString(change) + "\n\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change could not be written as JSON", e);
        }
    }

    /** Sends where to resume and ends the stream; its connection is closed if the client does not read it. */
    private void close(Subscriber subscriber, Reason reason) {
        forget(subscriber);
        if (subscriber.response.closed()) {
            return;
        }
        String after = Long.toString(subscriber.position);
        try {
            String data = json.writeValueAsString(Map.of(
                    "reason", reason.code, "after", after, "resume", ChangeResource.STREAM_PATH + "?after=" + after));
            subscriber.response.write(Buffer.buffer("id: " + after + "\nevent: resume\ndata: " + data + "\n\n"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The resume event could not be written as JSON", e);
        }
        subscriber.sink.close();
        vertx.setTimer(CLOSE_GRACE.toMillis(), timer -> {
            if (!subscriber.response.closed()) {
                subscriber.connection.close();
            }
        });
    }

    private void forget(Subscriber subscriber) {
        if (subscribers.remove(subscriber)) {
            open.decrementAndGet();
        }
    }
}
