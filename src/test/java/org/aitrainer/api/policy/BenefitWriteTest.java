package org.aitrainer.api.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.support.ChangeRows;
import org.aitrainer.api.support.PolicyBodies;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.Tags;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
public class BenefitWriteTest {

    @Inject
    ChangeRows changes;

    static String newPolicy(String id) {
        PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy(id))
                .then()
                .statusCode(201);
        return "/api/v1/policies/" + id + "/benefits";
    }

    public static Map<String, Object> benefit(int level, int amount, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("level", level);
        body.put("kind", "CERTIFICATE_SUBSIDY");
        body.put("amount", amount);
        body.put("currency", "CNY");
        body.put("effectiveFrom", from);
        body.put("effectiveTo", to);
        body.put("sourceId", "sz-repost-cdhao");
        body.put("verification", "REPORTED");
        return body;
    }

    static String add(String benefits, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .contentType("application/json")
                .body(body)
                .post(benefits)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    @Test
    void aBenefitIsAddedAndServedWithItsPolicy() {
        String benefits = newPolicy("benefit-test-add");
        String location = add(benefits, benefit(3, 2400, "2025-03-01", null));
        assertThat(location).matches("http://[^/]+/api/v1/policies/benefit-test-add/benefits/[0-9a-f-]{36}");
        given().get(location)
                .then()
                .statusCode(200)
                .header("ETag", Tags.ofVersion(0))
                .body("level", equalTo(3))
                .body("amount.amount", equalTo(2400))
                .body("amount.currency", equalTo("CNY"))
                .body("effectiveFrom", equalTo("2025-03-01"));
        given().get("/api/v1/policies/benefit-test-add").then().body("benefits.amount.amount", contains(2400));
        given().queryParam("region", "440300")
                .queryParam("level", 3)
                .queryParam("on", "2025-04-01")
                .get("/api/v1/subsidies")
                .then()
                .statusCode(200)
                .body("items.policy.id", hasItems("benefit-test-add", "shenzhen-skill-certificate-subsidy"));
    }

    @Test
    void aNewAmountEndsTheOpenEndedOneBeforeIt() {
        String benefits = newPolicy("benefit-test-history");
        String first = add(benefits, benefit(3, 2000, "2024-01-01", null));
        long before = changes.latestId();
        add(benefits, benefit(3, 2400, "2025-03-01", null));

        given().get(first).then().body("effectiveTo", equalTo("2025-02-28"));
        given().get("/api/v1/policies/benefit-test-history")
                .then()
                .body("benefits.amount.amount", contains(2000, 2400))
                .body("benefits.effectiveTo", contains("2025-02-28", null));
        for (String[] dayAndAmount : new String[][] {{"2025-02-28", "2000"}, {"2025-03-01", "2400"}}) {
            given().queryParam("region", "440300")
                    .queryParam("level", 3)
                    .queryParam("on", dayAndAmount[0])
                    .get("/api/v1/subsidies")
                    .then()
                    .body(
                            "items.find { it.policy.id == 'benefit-test-history' }.amount.amount",
                            equalTo(Integer.parseInt(dayAndAmount[1])));
        }
        List<ChangeRows.Row> rows = changes.since(before);
        assertThat(rows).extracting(ChangeRows.Row::action).containsExactly("UPDATE", "CREATE");
        assertThat(rows.get(0).after()).contains("\"effectiveTo\": \"2025-02-28\"");
    }

    @Test
    void anOverlappingPeriodIsAConflictNamingTheOtherBenefit() {
        String benefits = newPolicy("benefit-test-overlap");
        String existing = add(benefits, benefit(4, 1500, "2025-01-01", "2025-12-31"));
        String existingId = existing.substring(existing.lastIndexOf('/') + 1);
        long before = changes.latestId();
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .contentType("application/json")
                .body(benefit(4, 1600, "2025-06-01", null))
                .post(benefits)
                .then()
                .statusCode(409)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/conflict"))
                .body("conflictsWith", equalTo(existingId))
                .body("detail", matchesPattern(".*overlaps benefit " + existingId + ".*"));
        assertThat(changes.since(before)).isEmpty();
        given().get(existing).then().body("effectiveTo", equalTo("2025-12-31"));
    }

    @Test
    void theDatabaseItselfRefusesOverlappingPeriods() {
        String benefits = newPolicy("benefit-test-constraint");
        add(benefits, benefit(5, 1000, "2025-01-01", null));
        Map<String, Object> overlapping = benefit(5, 1200, "2024-01-01", "2025-06-30");
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .contentType("application/json")
                .body(overlapping)
                .post(benefits)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/conflict"));
    }

    @Test
    void anInvalidBenefitNamesEveryInvalidField() {
        String benefits = newPolicy("benefit-test-invalid");
        Map<String, Object> body = benefit(3, 100, "2025-06-01", "2025-01-01");
        body.put("currency", "XYZ");
        body.put("sourceId", "nowhere");
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .contentType("application/json")
                .body(body)
                .post(benefits)
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.field", hasItems("currency", "sourceId", "effectiveTo"));
        Map<String, Object> negative = benefit(9, -5, null, null);
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .contentType("application/json")
                .body(negative)
                .post(benefits)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("level", "amount"));
        given().get("/api/v1/policies/benefit-test-invalid").then().body("benefits.size()", equalTo(0));
    }

    @Test
    void aBenefitIsCorrectedWithIfMatchAndDeletedByAnAdmin() {
        String benefits = newPolicy("benefit-test-correct");
        String location = add(benefits, benefit(2, 2500, "2025-01-01", null));
        String etag = given().get(location).then().extract().header("ETag");
        String policyEtag = given().get("/api/v1/policies/benefit-test-correct")
                .then()
                .extract()
                .header("ETag");
        Map<String, Object> corrected = benefit(2, 2600, "2025-01-01", null);

        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .contentType("application/json")
                .body(corrected)
                .put(location)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", etag)
                .contentType("application/json")
                .body(corrected)
                .put(location)
                .then()
                .statusCode(200)
                .body("amount.amount", equalTo(2600))
                .header("ETag", Tags.ofVersion(1));
        given().get("/api/v1/policies/benefit-test-correct")
                .then()
                .header("ETag", org.hamcrest.Matchers.not(equalTo(policyEtag)));

        String current = given().get(location).then().extract().header("ETag");
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", current)
                .delete(location)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", current)
                .delete(location)
                .then()
                .statusCode(204);
        given().get(location).then().statusCode(404).contentType(Problems.MEDIA_TYPE);
        given().get("/api/v1/policies/benefit-test-correct").then().body("benefits.size()", equalTo(0));
    }

    @Test
    void anUnknownOrMalformedBenefitIdIsNotFound() {
        String benefits = newPolicy("benefit-test-missing");
        given().get(benefits + "/00000000-0000-4000-8000-000000000000")
                .then()
                .spec(Problems.notFound(benefits + "/00000000-0000-4000-8000-000000000000"));
        given().get(benefits + "/not-a-uuid").then().spec(Problems.notFound(benefits + "/not-a-uuid"));
        given().get("/api/v1/policies/no-such-policy/benefits/b0000000-0000-4000-8000-000000000005")
                .then()
                .statusCode(404);
    }

    @Test
    void aBenefitOfAnUpliftNeedsItsPercentage() {
        String benefits = newPolicy("benefit-test-uplift");
        Map<String, Object> body = benefit(3, 0, "2025-01-01", null);
        body.put("kind", "SUBSIDY_UPLIFT");
        body.remove("amount");
        body.remove("currency");
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .contentType("application/json")
                .body(body)
                .post(benefits)
                .then()
                .statusCode(400)
                .body("errors.field", contains("upliftPercent"));
        body.put("upliftPercent", 30);
        body.put("upperLimit", true);
        String location = add(benefits, body);
        given().get(location)
                .then()
                .body("upliftPercent", equalTo(30))
                .body("amount", nullValue())
                .body("upperLimit", equalTo(true));
    }
}
