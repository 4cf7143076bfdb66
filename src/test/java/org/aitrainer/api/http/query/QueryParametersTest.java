package org.aitrainer.api.http.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.aitrainer.api.core.RegionCodes;
import org.aitrainer.api.http.problem.InvalidParametersException;
import org.aitrainer.api.http.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw query parameters read into typed values, every problem collected for one 400. */
class QueryParametersTest {

    private static List<Problem.FieldError> errorsOf(QueryParameters parameters) {
        try {
            parameters.validate();
            return List.of();
        } catch (InvalidParametersException e) {
            return e.errors();
        }
    }

    @Test
    void datesAreReadFromYyyyMmDdAroundBlanks() {
        QueryParameters parameters = new QueryParameters();

        assertThat(parameters.date("on", "2025-03-01")).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(parameters.date("on", " 2024-02-29 ")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(parameters.date("on", null)).isNull();
        assertThat(parameters.date("on", "  ")).isNull();
        assertThat(errorsOf(parameters)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-02-30",
                "2023-02-29",
                "2025-13-01",
                "2025-00-10",
                "2025-3-1",
                "25-03-01",
                "+2025-03-01",
                "20250301",
                "2025/03/01",
                "２０２５-03-01",
                "2025-03-01T00:00",
                "12025-03-01"
            })
    void aDateThatIsNotAnExistingYyyyMmDdIsRejectedByName(String raw) {
        QueryParameters parameters = new QueryParameters();

        assertThat(parameters.date("on", raw)).isNull();
        assertThat(errorsOf(parameters))
                .containsExactly(new Problem.FieldError("on", "must be an existing date in the form YYYY-MM-DD"));
    }

    @Test
    void levelsAreAsciiIntegersFromOneToFive() {
        QueryParameters parameters = new QueryParameters();

        assertThat(parameters.level("level", "3")).isEqualTo(3);
        assertThat(parameters.level("level", "٣")).isNull();
        assertThat(parameters.level("other", "6")).isNull();
        assertThat(errorsOf(parameters)).extracting(Problem.FieldError::field).containsExactly("level", "other");
    }

    @Test
    void regionCodesAreSixDigitsNotStartingWithZeroOrCn() {
        QueryParameters parameters = new QueryParameters();

        assertThat(parameters.regionCode("region", "440300")).isEqualTo("440300");
        assertThat(parameters.regionCode("region", "CN")).isEqualTo("CN");
        for (String bad : List.of("040300", "44030", "4403000", "cn", "44O300", "４40300")) {
            assertThat(RegionCodes.isWellFormed(bad)).as(bad).isFalse();
        }
        assertThat(errorsOf(parameters)).isEmpty();
    }

    @Test
    void aSortNamesDistinctAllowedFieldsEachOptionallyDescending() {
        SortOrder.Fields<String> fields = SortOrder.Fields.<String>builder()
                .field("a", (item, language) -> item)
                .field("b", (item, language) -> item)
                .build("-a");
        QueryParameters parameters = new QueryParameters();

        SortOrder<String> order = parameters.sort("b,-a", fields);

        assertThat(order.keys()).containsExactly(new SortOrder.Key("b", false), new SortOrder.Key("a", true));
        assertThat(order.isStoredOrder()).isFalse();
        assertThat(parameters.sort(" -a ", fields).isStoredOrder()).isTrue();
        assertThat(parameters.sort(null, fields)).isSameAs(fields.defaultOrder());
        assertThat(errorsOf(parameters)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"c", "a,a", "a,-a", "a,", "--a"})
    void aSortOfUnknownOrRepeatedFieldsIsRejectedAndTheDefaultKept(String raw) {
        SortOrder.Fields<String> fields = SortOrder.Fields.<String>builder()
                .field("a", (item, language) -> item)
                .field("b", (item, language) -> item)
                .build("-a");
        QueryParameters parameters = new QueryParameters();

        assertThat(parameters.sort(raw, fields)).isSameAs(fields.defaultOrder());
        assertThat(errorsOf(parameters))
                .containsExactly(
                        new Problem.FieldError(
                                "sort",
                                "must be a comma-separated "
                                        + "list of distinct fields from a, b, each optionally prefixed by - for descending order"));
    }

    @Test
    void aDefaultSortOfUnknownFieldsIsAProgrammingError() {
        assertThatThrownBy(() -> SortOrder.Fields.<String>builder()
                        .field("a", (item, language) -> item)
                        .build("b"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
