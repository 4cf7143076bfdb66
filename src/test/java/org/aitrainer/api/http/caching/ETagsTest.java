package org.aitrainer.api.http.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.aitrainer.api.http.problem.PreconditionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Entity tags: If-Match compares stored versions strongly, If-None-Match compares whole tags weakly. */
class ETagsTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"7-q1ZKv0xVdGgW2o2kG6m5Gg\"", "\"7\"", "*", "\"3-a\", \"7-b\"", " \"7-other-digest\" "})
    void ifMatchNamingTheCurrentVersionOrAnyPasses(String ifMatch) {
        assertThatCode(() -> ETags.requireCurrent(ifMatch, 7)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"6-q1ZKv0xVdGgW2o2kG6m5Gg\"", "W/\"7-a\"", "7-a", "\"70-a\"", "\"\"", "\"-7\""})
    void ifMatchNamingNoCurrentVersionIs412(String ifMatch) {
        PreconditionException e =
                catchThrowableOfType(PreconditionException.class, () -> ETags.requireCurrent(ifMatch, 7));

        assertThat(e.status()).isEqualTo(412);
        assertThat(e.title()).isEqualTo("Precondition Failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aMissingIfMatchIs428(String ifMatch) {
        assertThat(catchThrowableOfType(PreconditionException.class, () -> ETags.requireCurrent(ifMatch, 7))
                        .status())
                .isEqualTo(428);
        assertThat(catchThrowableOfType(PreconditionException.class, () -> ETags.requireCurrent(null, 7))
                        .status())
                .isEqualTo(428);
    }

    @Test
    void ifNoneMatchFailsForTheCurrentTagWeakOrStrongInAnyListOrStar() {
        assertThat(ETags.noneMatchFails("\"abc\"", "abc")).isTrue();
        assertThat(ETags.noneMatchFails("W/\"abc\"", "abc")).isTrue();
        assertThat(ETags.noneMatchFails("\"x\", W/\"abc\"", "abc")).isTrue();
        assertThat(ETags.noneMatchFails(List.of("\"x\"", "\"abc\""), "abc")).isTrue();
        assertThat(ETags.noneMatchFails(" * ", "abc")).isTrue();
    }

    @Test
    void ifNoneMatchOfOtherTagsOrMalformedSendsTheFullResponse() {
        assertThat(ETags.noneMatchFails("\"abd\"", "abc")).isFalse();
        assertThat(ETags.noneMatchFails("abc", "abc")).isFalse();
        assertThat(ETags.noneMatchFails("\"abc", "abc")).isFalse();
        assertThat(ETags.noneMatchFails((String) null, "abc")).isFalse();
        assertThat(ETags.noneMatchFails(List.of(), "abc")).isFalse();
        assertThat(ETags.noneMatchFails("\"abc\", " + "\"x\", ".repeat(2000), "abc"))
                .isFalse(); // over 8 KiB
    }
}
