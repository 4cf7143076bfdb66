package org.aitrainer.api.http.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The Link header of a page: the request's own URI with its page parameters replaced by one at the end. */
class PageLinksTest {

    private static String header(String request, int number, int totalPages) {
        return PageLinks.header(new Page.PageInfo(number, 20, totalPages * 20L, totalPages), URI.create(request));
    }

    @Test
    void aMiddlePageLinksToAllFourNeighbours() {
        assertThat(header("http://api.example/api/v1/duties?level=3&page=2", 2, 4))
                .isEqualTo("<http://api.example/api/v1/duties?level=3&page=1>; rel=\"first\", "
                        + "<http://api.example/api/v1/duties?level=3&page=1>; rel=\"prev\", "
                        + "<http://api.example/api/v1/duties?level=3&page=3>; rel=\"next\", "
                        + "<http://api.example/api/v1/duties?level=3&page=4>; rel=\"last\"");
    }

    @Test
    void theFirstPageOfOneHasNoPrevOrNext() {
        assertThat(header("http://localhost:8080/api/v1/levels", 1, 1))
                .isEqualTo("<http://localhost:8080/api/v1/levels?page=1>; rel=\"first\", "
                        + "<http://localhost:8080/api/v1/levels?page=1>; rel=\"last\"");
    }

    @Test
    void anEmptyCollectionStillHasAFirstAndLastPage() {
        assertThat(header("http://localhost/api/v1/policies?q=none", 1, 0))
                .isEqualTo("<http://localhost/api/v1/policies?q=none&page=1>; rel=\"first\", "
                        + "<http://localhost/api/v1/policies?q=none&page=1>; rel=\"last\"");
    }

    @Test
    void aPageBeyondTheLastLinksBackToTheLast() {
        assertThat(header("http://localhost/api/v1/levels?page=9&size=2", 9, 3))
                .isEqualTo("<http://localhost/api/v1/levels?size=2&page=1>; rel=\"first\", "
                        + "<http://localhost/api/v1/levels?size=2&page=3>; rel=\"prev\", "
                        + "<http://localhost/api/v1/levels?size=2&page=3>; rel=\"last\"");
    }

    @Test
    void everyPageParameterGoesAndOtherParametersStayAsSentEscapesIncluded() {
        assertThat(header("http://localhost/api/v1/duties?page=2&q=%E6%A0%87%E6%B3%A8&pages=x&page=3&&lang=en", 2, 2))
                .isEqualTo("<http://localhost/api/v1/duties?q=%E6%A0%87%E6%B3%A8&pages=x&lang=en&page=1>; "
                        + "rel=\"first\", <http://localhost/api/v1/duties?q=%E6%A0%87%E6%B3%A8&pages=x&lang=en&page=1>; "
                        + "rel=\"prev\", <http://localhost/api/v1/duties?q=%E6%A0%87%E6%B3%A8&pages=x&lang=en&page=2>; "
                        + "rel=\"last\"");
    }
}
