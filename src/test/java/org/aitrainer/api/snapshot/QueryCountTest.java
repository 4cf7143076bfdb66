package org.aitrainer.api.snapshot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aitrainer.api.support.Endpoints;
import org.aitrainer.api.support.PostgresResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Once the snapshot is loaded, reads run no SQL at all: every GET under /api/v1 the OpenAPI document lists, with and
 * without the filters front ends use, in both languages. Only the change feed, the versions and the exports read the
 * database.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class QueryCountTest {

    /** They read the audit log, or one consistent database snapshot of their own. */
    private static final List<String> READ_FROM_THE_DATABASE =
            List.of("/api/v1/changes", "/api/v1/versions", "/api/v1/export/");

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    AgroalDataSource dataSource;

    static Stream<String> reads() {
        Stream<String> documented = Endpoints.reads().stream()
                .map(Endpoints.Operation::path)
                .filter(path -> path.startsWith("/api/v1"))
                .filter(path -> READ_FROM_THE_DATABASE.stream().noneMatch(path::startsWith));
        Stream<String> filtered = Stream.of(
                "/api/v1/duties?level=3&workType=data-annotator&q=标注&size=100",
                "/api/v1/salary-ranges?level=1&region=420000&verification=UNCONFIRMED&sort=-max",
                "/api/v1/policies?region=440300&on=2025-06-01&level=3&category=SKILL_SUBSIDY&q=深圳&sort=-issuedOn",
                "/api/v1/subsidies?region=440300&level=3&on=2025-03-01&sort=-amount",
                "/api/v1/subsidies?on=2025-03-01&size=100",
                "/api/v1/regions?parent=440000&sort=name",
                "/api/v1/levels?sort=trainingHours&lang=en");
        return Stream.concat(documented, filtered);
    }

    @TestFactory
    Stream<DynamicTest> everyReadRunsNoStatementAndTakesNoConnection() {
        return reads().map(path -> DynamicTest.dynamicTest(path, () -> runsNoStatement(path)));
    }

    private void runsNoStatement(String path) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        long acquired = dataSource.getMetrics().acquireCount();

        given().header("Accept-Language", "en").get(path).then().statusCode(200);
        given().get(path).then().statusCode(200);

        assertThat(statistics.getPrepareStatementCount())
                .as("statements for " + path)
                .isZero();
        assertThat(dataSource.getMetrics().acquireCount() - acquired)
                .as("connections for " + path)
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databaseReads")
    void theCountsSeeStatementsWhereThereAreSome(String path) {
        long acquired = dataSource.getMetrics().acquireCount();
        given().get(path).then().statusCode(200);
        assertThat(dataSource.getMetrics().acquireCount() - acquired)
                .as("connections for " + path)
                .isPositive();
    }

    /** Estimates read the snapshot alone, a batch as a single one. */
    @Test
    void estimatesRunNoStatementAndTakeNoConnection() {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        long acquired = dataSource.getMetrics().acquireCount();
        Map<String, Object> situation = Map.of(
                "region", "440300",
                "level", 3,
                "certificateIssuedOn", "2025-06-01",
                "applyingOn", "2025-07-01",
                "insuredMonths", 24,
                "employmentStatus", "EMPLOYED",
                "hukouRegion", "440300");
        given().contentType("application/json")
                .body(situation)
                .post("/api/v1/subsidy-estimates")
                .then()
                .statusCode(200);
        Map<String, Object> row = new HashMap<>(situation);
        row.put("id", "row-1");
        given().contentType("application/json")
                .body(Map.of("situations", List.of(row, row)))
                .post("/api/v1/subsidy-estimates/batch")
                .then()
                .statusCode(200);

        assertThat(statistics.getPrepareStatementCount()).as("statements").isZero();
        assertThat(dataSource.getMetrics().acquireCount() - acquired)
                .as("connections")
                .isZero();
    }

    static Stream<String> databaseReads() {
        return Stream.of("/api/v1/changes", "/api/v1/versions", "/api/v1/export/policies.csv");
    }
}
