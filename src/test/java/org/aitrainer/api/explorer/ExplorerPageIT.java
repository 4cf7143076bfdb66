package org.aitrainer.api.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aitrainer.api.support.PostgresResource;
import org.junit.jupiter.api.Test;

/**
 * The career explorer page as a person gets it: the packaged service serves its files (the checks of
 * ExplorerPageTest, again), and a real Chromium uses it through web/'s npm test.
 */
@QuarkusIntegrationTest
@WithTestResource(PostgresResource.class)
class ExplorerPageIT extends ExplorerPageTest {

    private static final long TIMEOUT_MINUTES = 10;
    private static final int TAIL_LINES = 80;

    @Test
    void browserTestsPass() throws IOException, InterruptedException {
        Path web = Path.of("web").toAbsolutePath();
        assertTrue(Files.isRegularFile(web.resolve("package.json")), "no web/package.json under " + web.getParent());
        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        String url = RestAssured.baseURI + ":" + RestAssured.port + "/";

        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        ProcessBuilder builder = new ProcessBuilder(List.of(windows ? "npm.cmd" : "npm", "test"))
                .directory(web.toFile())
                .redirectErrorStream(true);
        builder.environment().put("EXPLORER_URL", url);
        builder.environment().put("SCREENSHOT_DIR", screenshots.toString());
        System.out.println(
                "ExplorerPageIT: npm test in " + web + " against " + url + ", screenshots in " + screenshots);

        Process npm = builder.start();
        Deque<String> tail = new ArrayDeque<>();
        // The output goes through System.out (not inheritIO): the forked test JVM's own stdout talks to Maven.
        Thread copier = new Thread(
                () -> {
                    try (BufferedReader lines =
                            new BufferedReader(new InputStreamReader(npm.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = lines.readLine()) != null; ) {
                            System.out.println("[npm test] " + line);
                            synchronized (tail) {
                                tail.addLast(line);
                                if (tail.size() > TAIL_LINES) {
                                    tail.removeFirst();
                                }
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                "npm-test-output");
        copier.setDaemon(true);
        copier.start();

        if (!npm.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            npm.descendants().forEach(ProcessHandle::destroyForcibly);
            npm.destroyForcibly();
            throw new AssertionError("npm test (web/) did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        copier.join(TimeUnit.SECONDS.toMillis(30));
        String output;
        synchronized (tail) {
            output = String.join("\n", tail);
        }
        assertEquals(
                0,
                npm.exitValue(),
                () -> "The browser tests failed (npm test in web/ exited " + npm.exitValue()
                        + "; screenshots of failures in " + screenshots + "). Last lines:\n" + output);
    }
}
