package org.aitrainer.api.support;

import static io.restassured.RestAssured.given;

/**
 * What every update and delete refuses: no If-Match (428) and a stale one (412), each a problem naming the path.
 * Neither writes anything; the caller goes on with the current ETag.
 */
public final class Preconditions {

    /** Not the version of any record the tests write. */
    private static final String STALE = "\"41-en\"";

    private Preconditions() {}

    /** A PUT of the body without If-Match, then with a stale tag. */
    public static void updateNeedsTheCurrentETag(String token, String path, Object body) {
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .put(path)
                .then()
                .spec(Problems.http(428, "Precondition Required", path));
        given().auth()
                .oauth2(token)
                .header("If-Match", STALE)
                .contentType("application/json")
                .body(body)
                .put(path)
                .then()
                .spec(Problems.http(412, "Precondition Failed", path));
    }

    /** A DELETE without If-Match, then with a stale tag. */
    public static void deleteNeedsTheCurrentETag(String token, String path) {
        given().auth().oauth2(token).delete(path).then().spec(Problems.http(428, "Precondition Required", path));
        given().auth()
                .oauth2(token)
                .header("If-Match", STALE)
                .delete(path)
                .then()
                .spec(Problems.http(412, "Precondition Failed", path));
    }
}
