package org.aitrainer.api.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.aitrainer.api.support.PostgresResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Read paths run a fixed number of SQL statements, whatever the size of the page: no N+1. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class QueryCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    ResponseCache cache;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // The statements, then the classification and the related occupations (not once per statement)
        "/api/v1/occupation, 2",
        "/api/v1/levels?size=100, 2",
        "/api/v1/levels/3, 1",
        "/api/v1/work-types?size=100, 2",
        "/api/v1/duties?size=100, 4",
        "/api/v1/duties?level=3&size=100, 4",
        "/api/v1/duties/l3-intelligent-training, 4",
        "/api/v1/salary-ranges?size=100, 2",
        "/api/v1/policies?size=100, 2",
        "/api/v1/policies?region=440300&on=2025-06-01&size=100, 3",
        "/api/v1/policies/shenzhen-skill-certificate-subsidy, 1",
        "/api/v1/subsidies?region=440300&level=3&on=2025-03-01&size=100, 4",
        "/api/v1/subsidies?on=2025-03-01&size=100, 2",
        "/api/v1/regions?size=100, 2",
        "/api/v1/regions/440300, 3",
        "/api/v1/sources?size=100, 2",
        "/api/v1/sources/nosc-2021, 1"
    })
    void aReadRunsAFixedNumberOfStatements(String path, long expected) {
        assertThat(statementsFor(path)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/duties", "/api/v1/policies", "/api/v1/subsidies?on=2025-03-01", "/api/v1/salary-ranges"})
    void aBiggerPageCostsNoMoreStatements(String path) {
        String separator = path.contains("?") ? "&" : "?";
        assertThat(statementsFor(path + separator + "size=50"))
                .isEqualTo(statementsFor(path + separator + "size=2"));
    }

    private long statementsFor(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        cache.invalidateAll(); // counted as the first read after a write, not answered from memory
        statistics.clear();
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
