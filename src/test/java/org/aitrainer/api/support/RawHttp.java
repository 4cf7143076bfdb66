package org.aitrainer.api.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 requests sent exactly as written, one connection each: malformed escapes, raw bytes and oversized headers
 * that HTTP client libraries refuse to send. The request line and headers are written one byte per character
 * (ISO-8859-1), so a test can send any byte. Every response is checked against the OpenAPI document
 * ({@link OpenApiContract}). Of a stream of events, only the head and the first event are read.
 */
public final class RawHttp {

    private static final int TIMEOUT_MS = 30_000;

    private RawHttp() {}

    /** A response: its status, its header fields in order, and its body (chunked bodies decoded). */
    public record Response(int status, List<Map.Entry<String, String>> headers, byte[] body) {

        /** The first value of a header field, or null. */
        public String header(String name) {
            return headers.stream()
                    .filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + headers + " " + (text.length() > 500 ? text.substring(0, 500) + "…" : text);
        }
    }

    public static Response get(String target, String... headers) {
        return send("GET", target, null, headers);
    }

    /** Sends a request; headers alternate names and values. */
    public static Response send(String method, String target, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder()
                .append(method)
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\n")
                .append("Host: localhost:")
                .append(RestAssured.port)
                .append("\r\n")
                .append("Connection: close\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            Response response = parse(readAll(socket.getInputStream()), method.equals("HEAD"));
            if (target.startsWith("/")) {
                OpenApiContract.check(
                        "http://localhost:" + RestAssured.port + target,
                        method,
                        response.status(),
                        response.headers(),
                        response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException("No HTTP response to " + method + " " + shortened(target), e);
        }
    }

    /**
     * The whole response, up to the end of the connection; of a stream of events, which does not end, the head and
     * its first event or comment.
     */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        Boolean stream = null; // known once the head is read
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
                if (stream == null || stream) {
                    byte[] raw = all.toByteArray();
                    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
                    if (end >= 0) {
                        stream = new String(raw, 0, end, StandardCharsets.ISO_8859_1)
                                .toLowerCase(Locale.ROOT)
                                .contains("content-type: text/event-stream");
                        if (stream && indexOf(raw, "\n\n".getBytes(StandardCharsets.ISO_8859_1), end + 4) >= 0) {
                            break; // the head and the first event or comment
                        }
                    }
                }
            }
        } catch (java.net.SocketException reset) {
            // The server may close the connection right after its answer, before reading all that was sent.
            if (all.size() == 0) {
                throw reset;
            }
        }
        return all.toByteArray();
    }

    private static Response parse(byte[] raw, boolean head) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            throw new IllegalStateException("Not an HTTP response: " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(Map.entry(
                    lines[i].substring(0, colon).strip(),
                    lines[i].substring(colon + 1).strip()));
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.stream()
                .anyMatch(h -> h.getKey().equalsIgnoreCase("Transfer-Encoding")
                        && h.getValue().toLowerCase(Locale.ROOT).contains("chunked"));
        if (head || status == 304 || status == 204) {
            body = new byte[0];
        } else if (chunked) {
            body = dechunk(body);
        }
        return new Response(status, List.copyOf(headers), body);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int position = 0;
        byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        while (position < chunked.length) {
            int lineEnd = indexOf(chunked, crlf, position);
            if (lineEnd < 0) {
                break; // a stream read in part
            }
            String size = new String(chunked, position, lineEnd - position, StandardCharsets.ISO_8859_1);
            int length = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (length == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
            position = lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String shortened(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
