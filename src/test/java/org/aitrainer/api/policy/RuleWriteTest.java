package org.aitrainer.api.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aitrainer.api.support.ChangeRows;
import org.aitrainer.api.support.PolicyBodies;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Preconditions;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.Tags;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.junit.jupiter.api.Test;

/** Partners write eligibility rules as they write benefits: through the one pipeline, and the next estimate uses them. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
public class RuleWriteTest {

    @Inject
    ChangeRows changes;

    /** A new Shenzhen policy paying 2,000 yuan at level 3 from 2025: a program of the Shenzhen region chain. */
    static String newProgram(String id) {
        PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy(id))
                .then()
                .statusCode(201);
        BenefitWriteTest.add(
                "/api/v1/policies/" + id + "/benefits", BenefitWriteTest.benefit(3, 2000, "2025-01-01", null));
        return "/api/v1/policies/" + id + "/rules";
    }

    public static Map<String, Object> minMonths(int months) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "MIN_INSURED_MONTHS");
        body.put("months", months);
        body.put("effectiveFrom", "2025-01-01");
        body.put("text", Map.of("zh-CN", "失业保险累计缴费满" + months + "个月。", "en", months + " months of contributions."));
        body.put("sourceId", "sz-repost-cdhao");
        body.put("verification", "REPORTED");
        return body;
    }

    static Response post(String token, String rules, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .post(rules);
    }

    static Response estimate(String program) {
        return given().contentType("application/json")
                .header("Accept-Language", "en")
                .body(Map.of(
                        "region", "440300",
                        "level", 3,
                        "certificateIssuedOn", "2025-06-01",
                        "applyingOn", "2025-07-01",
                        "insuredMonths", 24,
                        "employmentStatus", "EMPLOYED",
                        "birthDate", "1990-01-01"))
                .post("/api/v1/subsidy-estimates");
    }

    static String result(String program) {
        return "results.find { it.policyId == '" + program + "' }";
    }

    @Test
    void aRuleIsAddedServedOnItsPolicyAndChangesTheNextEstimateAtOnce() {
        String rules = newProgram("rule-test-add");
        estimate("rule-test-add")
                .then()
                .statusCode(200)
                .body(result("rule-test-add") + ".outcome", equalTo("MORE_INFO"))
                .body(result("rule-test-add") + ".checks.kind", contains("RULES_KNOWN"));
        long before = changes.latestId();

        Response created = post(Tokens.editor("partner-a"), rules, minMonths(36));
        created.then()
                .statusCode(201)
                .header("Location", matchesPattern("http://[^/]+/api/v1/policies/rule-test-add/rules/[0-9a-f-]{36}"))
                .header("ETag", Tags.ofVersion(0))
                .body("kind", equalTo("MIN_INSURED_MONTHS"))
                .body("months", equalTo(36))
                .body("policyId", equalTo("rule-test-add"))
                .body("levels", nullValue());
        String location = created.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        // The writer's next read and estimate see the rule.
        given().header("Accept-Language", "en")
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", Tags.ofVersion(0))
                .body("id", equalTo(id))
                .body("text", equalTo("36 months of contributions."));
        given().get(rules)
                .then()
                .statusCode(200)
                .body("policyId", equalTo("rule-test-add"))
                .body("items.id", contains(id));
        given().get("/api/v1/policies/rule-test-add").then().body("rules.id", contains(id));
        estimate("rule-test-add")
                .then()
                .statusCode(200)
                .body(result("rule-test-add") + ".outcome", equalTo("INELIGIBLE"))
                .body(result("rule-test-add") + ".checks.find { it.passed == false }.ruleId", equalTo(id))
                .body(result("rule-test-add") + ".checks.find { it.passed == false }.given", equalTo("24"));

        List<ChangeRows.Row> rows = changes.since(before);
        assertThat(rows).extracting(ChangeRows.Row::entityType).containsExactly("rule");
        assertThat(rows.get(0).action()).isEqualTo("CREATE");
        assertThat(rows.get(0).author()).isEqualTo("partner-a");
        assertThat(rows.get(0).after()).contains("\"months\": 36").contains("\"policyId\": \"rule-test-add\"");
        given().queryParam("since", before)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.entityType", contains("rule"))
                .body("items[0].entityId", equalTo(id))
                .body("items[0].data.kind", equalTo("MIN_INSURED_MONTHS"));
        given().get("/api/v1/export/dataset.json")
                .then()
                .statusCode(200)
                .body("policies.find { it.id == 'rule-test-add' }.rules.id", contains(id))
                .body(
                        "policies.find { it.id == 'rule-test-add' }.rules[0].text.en",
                        equalTo("36 months of contributions."));
    }

    @Test
    void aRuleIsCorrectedWithIfMatchAndDeletedByAnAdmin() {
        String rules = newProgram("rule-test-correct");
        String location = java.net
                .URI
                .create(post(Tokens.editor("partner-a"), rules, minMonths(36))
                        .then()
                        .statusCode(201)
                        .extract()
                        .header("Location"))
                .getPath();
        Preconditions.updateNeedsTheCurrentETag(Tokens.editor("partner-a"), location, minMonths(12));
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", PolicyBodies.etag(location))
                .contentType("application/json")
                .body(minMonths(12))
                .put(location)
                .then()
                .statusCode(200)
                .header("ETag", Tags.ofVersion(1))
                .body("months", equalTo(12));
        estimate("rule-test-correct").then().body(result("rule-test-correct") + ".outcome", equalTo("ELIGIBLE"));

        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", PolicyBodies.etag(location))
                .delete(location)
                .then()
                .spec(Problems.http(403, "Forbidden", location));
        Preconditions.deleteNeedsTheCurrentETag(Tokens.admin("admin-a"), location);
        long before = changes.latestId();
        given().auth()
                .oauth2(Tokens.admin("admin-a"))
                .header("If-Match", PolicyBodies.etag(location))
                .delete(location)
                .then()
                .statusCode(204);
        given().get(location).then().spec(Problems.notFound(location));
        given().get(rules).then().body("items", hasSize(0));
        assertThat(changes.since(before)).extracting(ChangeRows.Row::action).containsExactly("DELETE");
        estimate("rule-test-correct")
                .then()
                .body(result("rule-test-correct") + ".checks.kind", contains("RULES_KNOWN"));
    }

    @Test
    void readersCannotWriteRulesAndAnonymousClientsAreAskedForAToken() {
        String rules = newProgram("rule-test-roles");
        post(Tokens.reader("reader-a"), rules, minMonths(12)).then().spec(Problems.http(403, "Forbidden", rules));
        given().contentType("application/json")
                .body(minMonths(12))
                .post(rules)
                .then()
                .spec(Problems.http(401, "Unauthorized", rules));
        given().get(rules).then().body("items", hasSize(0));
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswer() {
        String rules = newProgram("rule-test-idempotent");
        String key = UUID.randomUUID().toString();
        long before = changes.latestId();
        Response first = given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(minMonths(12))
                .post(rules);
        first.then().statusCode(201);
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(minMonths(12))
                .post(rules)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"));
        assertThat(changes.since(before)).hasSize(1);
    }

    @Test
    void aRuleTakesTheParametersOfItsKindAndNoOthers() {
        String rules = newProgram("rule-test-invalid");
        Map<String, Object> body = minMonths(12);
        body.remove("months");
        body.put("levels", List.of(3));
        body.put("schemeId", "no-such-policy");
        body.put("effectiveTo", "2024-01-01");
        body.put("benefitId", UUID.randomUUID().toString());
        body.put("sourceId", "nowhere");
        post(Tokens.editor("partner-a"), rules, body)
                .then()
                .spec(Problems.invalidBody(rules, "months"))
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "months", "levels", "schemeId", "schemeId", "effectiveTo", "benefitId", "sourceId"))
                .body("errors.find { it.field == 'months' }.message", equalTo("is required for MIN_INSURED_MONTHS"))
                .body(
                        "errors.find { it.field == 'levels' }.message",
                        equalTo("is not a parameter of MIN_INSURED_MONTHS; leave it out"));
        Map<String, Object> age = minMonths(12);
        age.put("kind", "AGE_RANGE");
        age.remove("months");
        age.put("minAge", 60);
        age.put("maxAge", 16);
        post(Tokens.editor("partner-a"), rules, age)
                .then()
                .spec(Problems.invalidBody(rules, "maxAge"))
                .body("errors.find { it.field == 'maxAge' }.message", equalTo("must be greater than minAge"));
        Map<String, Object> levels = minMonths(12);
        levels.put("kind", "LEVELS");
        levels.remove("months");
        levels.put("levels", List.of(3, 7));
        post(Tokens.editor("partner-a"), rules, levels)
                .then()
                .spec(Problems.invalidBody(rules, "levels[1]"))
                .body("errors.field", contains("levels[1]"));
        Map<String, Object> kind = minMonths(12);
        kind.put("kind", "SOMETHING");
        post(Tokens.editor("partner-a"), rules, kind).then().spec(Problems.invalidBody(rules, "kind"));
        given().get(rules).then().body("items", hasSize(0));
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .contentType("application/json")
                .body(minMonths(12))
                .post("/api/v1/policies/no-such-policy/rules")
                .then()
                .spec(Problems.notFound("/api/v1/policies/no-such-policy/rules"));
    }

    @Test
    void deletingAPolicyDeletesItsRulesWithTombstones() {
        String rules = newProgram("rule-test-policy-delete");
        String location = post(Tokens.editor("partner-a"), rules, minMonths(12))
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        long before = changes.latestId();
        given().auth()
                .oauth2(Tokens.admin("admin-a"))
                .header("If-Match", PolicyBodies.etag("/api/v1/policies/rule-test-policy-delete"))
                .delete("/api/v1/policies/rule-test-policy-delete")
                .then()
                .statusCode(204);
        assertThat(changes.since(before))
                .filteredOn(row -> row.entityType().equals("rule"))
                .extracting(ChangeRows.Row::entityId, ChangeRows.Row::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, "DELETE"));
        given().get(rules).then().spec(Problems.notFound(rules));
    }
}
