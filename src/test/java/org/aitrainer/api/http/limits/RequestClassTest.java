package org.aitrainer.api.http.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which class a request is counted in, however its path is spelled. */
class RequestClassTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "GET, /api/v1, reads",
        "GET, /api/v1/levels/3, reads",
        "HEAD, /api/v1/policies, reads",
        "OPTIONS, /api/v1/policies, reads",
        "GET, /api/v1/subsidy-estimates, reads",
        "POST, /api/v1/subsidy-estimates, estimates",
        "POST, /api/v1/subsidy-estimates/, estimates",
        "POST, /api/v1//subsidy-estimates, estimates",
        "POST, /api/v1/subsidy-estimates;x=1, estimates",
        "POST, /api/v1/subsidy-estimates/batch, batches",
        "POST, /api/v1/batch, batches",
        "POST, /api/v1/batch//, batches",
        "POST, //api/v1/batch, batches",
        "POST, /api/v1;v=2/batch, batches",
        "PUT, /api/v1/batch, writes",
        "POST, /api/v1/policies, writes",
        "PUT, /api/v1/policies/x, writes",
        "DELETE, /api/v1/sources/x, writes",
        "PATCH, /api/v1/sources/x, writes",
        "POST, /api/v1/subsidy-estimates/other, writes",
    })
    void eachRequestUnderTheApiIsCountedInOneClass(String method, String path, String policy) {
        assertThat(RequestClass.of(method, path).policy()).isEqualTo(policy);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /",
        "GET, /index.html",
        "GET, /q/health/ready",
        "GET, /q/openapi",
        "POST, /api/v2/batch",
        "GET, /api/v10",
        "GET, /api",
    })
    void requestsOutsideTheApiAreNotLimited(String method, String path) {
        assertThat(RequestClass.of(method, path)).isNull();
    }
}
