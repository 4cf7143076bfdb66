package org.aitrainer.api.snapshot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.policy.BenefitWriteTest;
import org.aitrainer.api.policy.RuleWriteTest;
import org.aitrainer.api.region.RegionWriteTest;
import org.aitrainer.api.salary.SalaryRangeWriteTest;
import org.aitrainer.api.source.SourceWriteTest;
import org.aitrainer.api.support.PolicyBodies;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.RecordedAnswers;
import org.aitrainer.api.support.RecordedAnswers.Request;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.junit.jupiter.api.Test;

/**
 * Every past answer can be read again: a fixed set of requests is answered after each write of a sequence (creates,
 * updates and deletes of every writable kind, rule changes, a batch), and afterwards each is asked again at every
 * version recorded, with {@code version=N}: the bodies and headers must be the same; and with {@code knownAt}, at the
 * instant each version was recorded.
 * {@link PastVersionsAfterRestartTest} asks them all again in a restarted application.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class PastVersionsTest {

    /** The system property that names the file of recorded answers, for the restarted application. */
    static final String RECORDED = "aitrainer-test.past-versions.recorded";

    static final String POLICY = "past-versions-policy";
    static final String OTHER_POLICY = "past-versions-other";
    static final String SOURCE = "past-versions-source";
    static final String GONE_SOURCE = "past-versions-gone";
    static final String REGION = "880000";

    /** A situation in Shenzhen at level 3, with every date given, so that its answer depends on the data alone. */
    static final String SITUATION = """
            {"region":"440300","level":3,"certificateIssuedOn":"2025-06-01","applyingOn":"2025-07-01",\
            "insuredMonths":24,"employmentStatus":"EMPLOYED","birthDate":"1990-01-01"}""";

    /** The fixed set: 60 requests over every kind of read, records that come and go, the feeds and the exports. */
    static List<Request> requests() {
        List<Request> requests = new ArrayList<>();
        for (String path : List.of(
                "/api/v1",
                "/api/v1/levels",
                "/api/v1/levels/3",
                "/api/v1/work-types",
                "/api/v1/duties?size=5",
                "/api/v1/duties?size=5&page=2",
                "/api/v1/occupation",
                "/api/v1/occupation?lang=en",
                "/api/v1/policies",
                "/api/v1/policies?lang=en",
                "/api/v1/policies?size=5&page=2",
                "/api/v1/policies?size=5&page=6",
                "/api/v1/policies?region=440300",
                "/api/v1/policies/" + POLICY,
                "/api/v1/policies/" + POLICY + "?lang=en",
                "/api/v1/policies/" + POLICY + "/benefits",
                "/api/v1/policies/" + POLICY + "/rules",
                "/api/v1/policies/" + OTHER_POLICY,
                "/api/v1/policies/shenzhen-skill-certificate-subsidy",
                "/api/v1/policies/shenzhen-skill-certificate-subsidy/benefits",
                "/api/v1/policies/shenzhen-skill-certificate-subsidy/rules",
                "/api/v1/subsidies",
                "/api/v1/subsidies?lang=en",
                "/api/v1/subsidies?region=440300",
                "/api/v1/subsidies?region=440300&level=3",
                "/api/v1/subsidies?region=440300&level=3&on=2025-06-01",
                "/api/v1/subsidies?size=5&page=3",
                "/api/v1/regions",
                "/api/v1/regions?lang=en",
                "/api/v1/regions/CN",
                "/api/v1/regions/440300",
                "/api/v1/regions/" + REGION,
                "/api/v1/sources",
                "/api/v1/sources?lang=en",
                "/api/v1/sources?size=5&page=2",
                "/api/v1/sources?size=10&page=5",
                "/api/v1/sources/" + SOURCE,
                "/api/v1/sources/" + SOURCE + "?lang=en",
                "/api/v1/sources/" + GONE_SOURCE,
                "/api/v1/sources/sz-repost-cdhao",
                "/api/v1/sources/xinhua-2026-01-25?lang=en",
                "/api/v1/salary-ranges",
                "/api/v1/salary-ranges?lang=en",
                "/api/v1/salary-ranges?region=440300",
                "/api/v1/salary-ranges?size=5&page=3",
                "/api/v1/changes?since=140",
                "/api/v1/changes?since=150&limit=5",
                "/api/v1/changes?since=0&limit=1000",
                "/api/v1/versions",
                "/api/v1/versions?size=5&page=2",
                "/api/v1/export/dataset.json",
                "/api/v1/export/policies.csv")) {
            requests.add(Request.get(path));
        }
        requests.add(Request.post("/api/v1/subsidy-estimates", SITUATION));
        requests.add(Request.post("/api/v1/subsidy-estimates?lang=en", SITUATION));
        requests.add(Request.post(
                "/api/v1/subsidy-estimates/batch?detail=full",
                "{\"situations\":[" + SITUATION.replace("{", "{\"id\":\"sz\",") + ","
                        + SITUATION.replace("{", "{\"id\":\"sh\",").replace("440300", "310000") + "]}"));
        requests.add(Request.get("/api/v1/policies?lang=en&size=3&page=2"));
        requests.add(Request.get("/api/v1/regions?size=5&page=2"));
        requests.add(Request.get("/api/v1/subsidies?lang=en&region=440300&level=3"));
        requests.add(Request.get("/api/v1/occupation?lang=zh-CN"));
        requests.add(Request.get("/api/v1/levels?lang=en"));
        return requests;
    }

    @Test
    void everyAnswerOfEveryVersionIsAnsweredAgainTheSame() throws Exception {
        List<Request> requests = requests();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(50);
        RecordedAnswers recorded = new RecordedAnswers();
        recorded.record(requests);
        int writes = 0;
        for (Runnable write : writes()) {
            write.run();
            recorded.record(requests);
            writes++;
        }
        assertThat(writes).isGreaterThanOrEqualTo(30);
        assertThat(recorded.versions()).hasSize(writes + 1).doesNotHaveDuplicates();

        int compared = recorded.compare(requests);

        assertThat(compared).isEqualTo(requests.size() * (writes + 1));
        assertThat(recorded.compareKnownAt(Request.get("/api/v1/sources?lang=en")))
                .isEqualTo(writes + 1);
        recorded.save(RECORDED);
    }

    /** The sequence: each write changes what some of the requests answer. */
    private static List<Runnable> writes() {
        String editor = Tokens.editor("past-versions");
        String admin = Tokens.admin("past-versions");
        String benefits = "/api/v1/policies/" + POLICY + "/benefits";
        String rules = "/api/v1/policies/" + POLICY + "/rules";
        Map<String, String> created = new HashMap<>();
        List<Runnable> writes = new ArrayList<>();
        writes.add(() -> SourceWriteTest.create(editor, SourceWriteTest.source(SOURCE))
                .then()
                .statusCode(201));
        writes.add(() ->
                PolicyBodies.create(editor, PolicyBodies.policy(POLICY)).then().statusCode(201));
        writes.add(() ->
                created.put("benefit", post(editor, benefits, BenefitWriteTest.benefit(3, 2000, "2025-01-01", null))));
        writes.add(() -> created.put("rule", post(editor, rules, RuleWriteTest.minMonths(12))));
        // A correction: the same benefit, 2,400 instead of 2,000 for the same dates.
        writes.add(() -> put(editor, created.get("benefit"), BenefitWriteTest.benefit(3, 2400, "2025-01-01", null)));
        // The rule changes: 24 months instead of 12, which changes the estimate.
        writes.add(() -> put(editor, created.get("rule"), RuleWriteTest.minMonths(24)));
        writes.add(() -> put(editor, "/api/v1/policies/" + POLICY, retitled(PolicyBodies.policy(POLICY), "v2")));
        writes.add(() -> created.put(
                "salary", post(editor, "/api/v1/salary-ranges", SalaryRangeWriteTest.salaryRange("past-versions"))));
        writes.add(() -> {
            Map<String, Object> salary = SalaryRangeWriteTest.salaryRange("past-versions");
            salary.put("max", Map.of("amount", 9500, "currency", "CNY"));
            put(editor, created.get("salary"), salary);
        });
        writes.add(() -> put(editor, "/api/v1/sources/" + SOURCE, retitled(SourceWriteTest.source(SOURCE), "v2")));
        writes.add(() -> PolicyBodies.create(editor, PolicyBodies.policy(OTHER_POLICY))
                .then()
                .statusCode(201));
        writes.add(() -> post(
                editor,
                "/api/v1/policies/" + OTHER_POLICY + "/benefits",
                BenefitWriteTest.benefit(4, 1500, "2025-01-01", null)));
        writes.add(() -> delete(admin, "/api/v1/policies/" + OTHER_POLICY));
        writes.add(() -> SourceWriteTest.create(editor, SourceWriteTest.source(GONE_SOURCE))
                .then()
                .statusCode(201));
        writes.add(() ->
                put(editor, "/api/v1/sources/" + GONE_SOURCE, retitled(SourceWriteTest.source(GONE_SOURCE), "v2")));
        writes.add(() -> delete(admin, "/api/v1/sources/" + GONE_SOURCE));
        writes.add(() -> SourceWriteTest.create(editor, SourceWriteTest.source(GONE_SOURCE))
                .then()
                .statusCode(201));
        writes.add(() -> post(admin, "/api/v1/regions", RegionWriteTest.region(REGION, "CN", "PROVINCE")));
        writes.add(() -> {
            Map<String, Object> region = RegionWriteTest.region(REGION, "CN", "PROVINCE");
            region.put("name", Map.of("zh-CN", "测试地区二", "en", "Test region, renamed"));
            put(admin, "/api/v1/regions/" + REGION, region);
        });
        writes.add(() -> delete(admin, "/api/v1/regions/" + REGION));
        writes.add(() -> created.put(
                "benefit5", post(editor, benefits, BenefitWriteTest.benefit(5, 800, "2025-01-01", "2025-12-31"))));
        writes.add(() -> delete(admin, created.get("benefit5")));
        writes.add(() -> created.put("rule2", post(editor, rules, RuleWriteTest.minMonths(6))));
        writes.add(() -> delete(admin, created.get("rule2")));
        writes.add(() -> delete(admin, created.get("salary")));
        writes.add(() -> batch(editor, admin));
        for (int i = 3; i <= 7; i++) {
            String title = "v" + i;
            writes.add(() -> put(editor, "/api/v1/policies/" + POLICY, retitled(PolicyBodies.policy(POLICY), title)));
        }
        writes.add(() -> put(editor, created.get("benefit"), BenefitWriteTest.benefit(3, 2600, "2025-01-01", null)));
        return writes;
    }

    /** One batch: two sources and a policy update, one data version. */
    private static void batch(String editor, String admin) {
        List<Map<String, Object>> operations = List.of(
                Map.of("id", "1", "method", "POST", "url", "/sources", "body", SourceWriteTest.source("past-batch-a")),
                Map.of("id", "2", "method", "POST", "url", "/sources", "body", SourceWriteTest.source("past-batch-b")),
                Map.of(
                        "id",
                        "3",
                        "method",
                        "PUT",
                        "url",
                        "/sources/" + SOURCE,
                        "headers",
                        Map.of("If-Match", "*"),
                        "body",
                        retitled(SourceWriteTest.source(SOURCE), "batch")));
        given().auth()
                .oauth2(editor)
                .contentType("application/json")
                .body(Map.of("requests", operations))
                .post("/api/v1/batch")
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> retitled(Map<String, Object> body, String suffix) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("title", Map.of("zh-CN", "测试 " + suffix, "en", "Test " + suffix));
        return changed;
    }

    /** Creates a record under a collection; its path. */
    private static String post(String token, String path, Object body) {
        Response response = given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .post(path);
        response.then().statusCode(201);
        return java.net.URI.create(response.header("Location")).getPath();
    }

    private static void put(String token, String path, Object body) {
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .header("If-Match", "*")
                .body(body)
                .put(path)
                .then()
                .statusCode(200);
    }

    private static void delete(String token, String path) {
        given().auth().oauth2(token).header("If-Match", "*").delete(path).then().statusCode(204);
    }
}
