package org.aitrainer.api.http.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The requests that the HTTP server refuses before any code of the service can run, so that their answers carry no
 * problem body: docs/bare-refusals.md says which and why. These tests pin today's answers, so that a change of Quarkus
 * or Vert.x that alters them (or lets the service answer them) is seen.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BareRefusalsTest {

    private static final int SERVER_LIMIT = 64 * 1024;

    private static void bare(RawHttp.Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.body()).as("%s", response).isEmpty();
        assertThat(response.header("Content-Type")).as("%s", response).isNull();
    }

    /** Not URI syntax: Quarkus checks the URI with java.net.URI before its router, and ends the request with 400. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/%ZZ",
                "/api/v1/levels/%ZZ",
                "/api/v1/policies?q=%",
                "/api/v1/levels?lang=%4",
                "/api/v1/levels/a%g1",
                "/api/v1/levels?q=a b"
            })
    void aUriThatIsNotUriSyntaxIsABare400(String target) {
        bare(RawHttp.get(target), 400);
    }

    /** Netty's HTTP decoder rejects a control character in a header value; Vert.x answers 400. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a\u0001b", "a\u0000b", "a\u001bb", "a\u007fb"})
    void aControlCharacterInAHeaderValueIsABare400(String value) {
        bare(RawHttp.get("/api/v1/levels", "Accept-Language", value), 400);
    }

    /** Over the decoder's limit of the request line (64 KiB): Vert.x answers 414. */
    @Test
    void aRequestLineOver64KiBIsABare414() {
        bare(RawHttp.get("/api/v1/levels?q=" + "a".repeat(SERVER_LIMIT)), 414);
    }

    /** Over the decoder's limit of the header fields (64 KiB): Vert.x answers 431. */
    @Test
    void headerFieldsOver64KiBAreABare431() {
        bare(RawHttp.get("/api/v1/levels", "X-Padding", "a".repeat(SERVER_LIMIT)), 431);
    }

    /**
     * A declared body over the server's limit (2 MiB, above the batch's 1 MiB): Quarkus answers 413 before the service
     * reads the request.
     */
    @Test
    void aDeclaredBodyOver2MiBIsABare413() {
        bare(
                RawHttp.send(
                        "POST",
                        "/api/v1/policies",
                        null,
                        "Content-Type",
                        "application/json",
                        "Content-Length",
                        Integer.toString(3 * 1024 * 1024)),
                413);
    }

    /** Just under those limits the service itself answers, with a problem. */
    @Test
    void justUnderTheServersLimitsTheServiceAnswersWithAProblem() {
        RawHttp.Response uri = RawHttp.get("/api/v1/levels?q=" + "a".repeat(SERVER_LIMIT - 100));
        assertThat(uri.status()).isEqualTo(414);
        assertThat(uri.header("Content-Type")).isEqualTo("application/problem+json");
        RawHttp.Response header = RawHttp.get("/api/v1/levels", "X-Padding", "a".repeat(SERVER_LIMIT - 100));
        assertThat(header.status()).isEqualTo(431);
        assertThat(header.header("Content-Type")).isEqualTo("application/problem+json");
    }
}
