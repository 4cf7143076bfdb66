package org.aitrainer.api.dev;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aitrainer.api.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's run command, {@code ./mvnw quarkus:dev}, on a machine with no database configured: it starts an
 * embedded PostgreSQL, migrates it and answers; a write survives a restart, since the data stays in its folder.
 * (The folder is a temporary one here, so that the test leaves the developer's own dev-data alone.)
 */
class DevModeIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private Process devMode;

    @AfterEach
    void stop() throws InterruptedException {
        if (devMode != null) {
            stop(devMode);
        }
        RestAssured.port = RestAssured.DEFAULT_PORT;
    }

    @Test
    void devModeStartsAnEmbeddedDatabaseThatKeepsAWriteAcrossARestart() throws Exception {
        Path data = Files.createTempDirectory("dev-mode-it").resolve("postgres");
        int port = freePort();

        Path firstLog = start(port, data, "first");
        String log = Files.readString(firstLog, StandardCharsets.UTF_8);
        assertThat(log)
                .contains("an embedded PostgreSQL 16 at jdbc:postgresql://localhost:")
                .contains("keeps its data in " + data)
                .contains(
                        "set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD")
                .contains("Profile dev activated")
                .contains("Successfully applied");
        given().get("/api/v1").then().statusCode(200).body("version", equalTo("v1"));
        given().get("/api/v1/levels").then().statusCode(200).body("page.totalItems", equalTo(5));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/").then().statusCode(200);

        // Dev mode trusts the test key pair, as scripts/dev-token.sh expects.
        String token = Jwt.issuer(Tokens.ISSUER)
                .subject("dev-mode-it")
                .groups("admin")
                .sign(KeyUtils.readPrivateKey("jwt/privateKey.pem"));
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of(
                        "code",
                        "910001",
                        "parentCode",
                        "CN",
                        "kind",
                        "PROVINCE",
                        "name",
                        Map.of("zh-CN", "开发模式测试", "en", "Dev mode test")))
                .post("/api/v1/regions")
                .then()
                .statusCode(201);
        stop(devMode);
        assertThat(data.resolve("postmaster.pid"))
                .as("the embedded server stopped with dev mode")
                .doesNotExist();

        Path secondLog = start(port, data, "second");
        assertThat(Files.readString(secondLog, StandardCharsets.UTF_8))
                .contains("keeps its data in " + data)
                .doesNotContain("Migrating schema");
        given().queryParam("lang", "en")
                .get("/api/v1/regions/910001")
                .then()
                .statusCode(200)
                .body("name", equalTo("Dev mode test"));
    }

    /** Starts {@code ./mvnw quarkus:dev} as the README says, without any datasource settings, and waits for it. */
    private Path start(int port, Path data, String name) throws IOException, InterruptedException {
        Path log = Path.of("target", "dev-mode-it-" + name + ".log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        "./mvnw",
                        "-B",
                        "quarkus:dev",
                        "-Dquarkus.http.port=" + port,
                        "-Ddebug=false",
                        "-Dquarkus.analytics.disabled=true",
                        "-Dquarkus.test.continuous-testing=disabled",
                        "-Dquarkus.console.enabled=false"))
                .directory(new File("."))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(variable -> variable.startsWith("QUARKUS_DATASOURCE_"));
        builder.environment().put("AITRAINER_DEV_DATABASE_DIRECTORY", data.toString());
        devMode = builder.start();
        RestAssured.port = port;
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(devMode.isAlive())
                    .as("dev mode exited early; see %s", log)
                    .isTrue();
            try {
                if (given().get("/q/health/ready").statusCode() == 200) {
                    return log;
                }
            } catch (Exception notYet) { // RestAssured rethrows the ConnectException unchecked
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("dev mode did not answer within " + START_TIMEOUT + "; see " + log);
    }

    /** Stops dev mode as Ctrl+C would, and the processes it started if it does not stop them itself. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle descendant : descendants) {
            descendant.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
            descendant.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
