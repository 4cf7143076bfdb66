package org.aitrainer.api.http.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.aitrainer.api.core.Language;
import org.junit.jupiter.api.Test;

/** Pages of a collection held in memory: the matches in order, the page's window, and the count of all matches. */
class PageSelectTest {

    private static final List<Integer> NUMBERS =
            IntStream.rangeClosed(1, 25).boxed().toList();

    @Test
    void inTheStoredOrderOnlyThePageIsKeptAndEveryMatchIsCounted() {
        Page<Integer> page = Page.select(NUMBERS, n -> n % 2 == 1, null, new PageRequest(2, 5));

        assertThat(page.items()).containsExactly(11, 13, 15, 17, 19);
        assertThat(page.page()).isEqualTo(new Page.PageInfo(2, 5, 13, 3));
    }

    @Test
    void anOrderSortsTheMatchesBeforeThePageIsCut() {
        Page<Integer> page = Page.select(NUMBERS, n -> n % 2 == 1, Comparator.reverseOrder(), new PageRequest(3, 5));

        assertThat(page.items()).containsExactly(5, 3, 1);
        assertThat(page.page()).isEqualTo(new Page.PageInfo(3, 5, 13, 3));
    }

    @Test
    void aPageBeyondTheLastIsEmptyButStillCounts() {
        Page<Integer> page = Page.select(NUMBERS, n -> true, null, new PageRequest(9, 20));

        assertThat(page.items()).isEmpty();
        assertThat(page.page()).isEqualTo(new Page.PageInfo(9, 20, 25, 2));
    }

    @Test
    void sortKeysPutNullsLastInEitherDirectionAndTiesKeepTheStoredOrder() {
        SortOrder.Fields<String[]> fields = SortOrder.Fields.<String[]>builder()
                .field("value", (row, language) -> row[1])
                .build(null);
        List<String[]> rows = List.of(
                new String[] {"a", "2"}, new String[] {"b", null}, new String[] {"c", "1"}, new String[] {"d", "2"});

        List<String> ascending = Page.select(
                        rows,
                        r -> true,
                        new QueryParameters().sort("value", fields).comparator(Language.ZH_CN),
                        new PageRequest(1, 10))
                .items()
                .stream()
                .map(r -> r[0])
                .toList();
        List<String> descending = Page.select(
                        rows,
                        r -> true,
                        new QueryParameters().sort("-value", fields).comparator(Language.ZH_CN),
                        new PageRequest(1, 10))
                .items()
                .stream()
                .map(r -> r[0])
                .toList();

        assertThat(ascending).containsExactly("c", "a", "d", "b");
        assertThat(descending).containsExactly("a", "d", "c", "b");
    }
}
