package org.aitrainer.api.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;
import java.util.regex.Pattern;
import org.hamcrest.Matcher;

/** What every problem response must look like: RFC 9457, with nothing of the server's insides. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    /** A 400 naming the invalid query parameter {@code field} in its errors. */
    public static ResponseSpecification invalidParameter(String instance, String field) {
        return problem(400, instance)
                .expectBody("type", equalTo("/problems/invalid-parameters"))
                .expectBody("title", equalTo("Invalid request parameters"))
                .expectBody("detail", containsString(field))
                .expectBody("errors.field", hasItem(field))
                .build();
    }

    /** A 400 naming the invalid body field {@code field} (its JSON path) in its errors. */
    public static ResponseSpecification invalidBody(String instance, String field) {
        return problem(400, instance)
                .expectBody("type", equalTo("/problems/invalid-body"))
                .expectBody("title", equalTo("Invalid request body"))
                .expectBody("errors.field", hasItem(field))
                .build();
    }

    /** A 404 for a public id that names nothing. */
    public static ResponseSpecification notFound(String instance) {
        return problem(404, instance)
                .expectBody("type", equalTo("/problems/not-found"))
                .expectBody("title", equalTo("Resource not found"))
                .build();
    }

    /** A problem of the given status whose type is about:blank: HTTP's own meaning of the status. */
    public static ResponseSpecification http(int status, String title, String instance) {
        return problem(status, instance)
                .expectBody("type", equalTo("about:blank"))
                .expectBody("title", equalTo(title))
                .build();
    }

    private static ResponseSpecBuilder problem(int status, String instance) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType(MEDIA_TYPE)
                .expectBody("status", equalTo(status))
                .expectBody("instance", instance(instance))
                .expectBody(not(containsString("Exception")))
                .expectBody(not(containsString("org.")))
                .expectBody(not(containsString("SQL")));
    }

    /** A problem's instance: the request's path, and the request's id as the fragment. */
    public static Matcher<String> instance(String path) {
        return matchesPattern(Pattern.quote(path) + "#request=[A-Za-z0-9._:-]{1,128}");
    }
}
