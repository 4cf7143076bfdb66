package org.aitrainer.api.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.aitrainer.api.support.PolicyBodies;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.Tags;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.junit.jupiter.api.Test;

/** Reads answered from memory are never stale after a write on this instance: the next read sees it. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class CachingAfterWritesTest {

    @Test
    void aWriteIsReadAtOnceUnderANewTag() {
        String list = "/api/v1/policies?region=440300&size=100";
        String listTag = given().get(list)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem("caching-test-policy")))
                .extract()
                .header("ETag");
        given().get(list).then().statusCode(200).header("ETag", listTag); // now answered from memory

        String created = PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("caching-test-policy"))
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .header("ETag", Tags.ofVersion(0))
                .extract()
                .header("ETag");
        given().header("If-None-Match", listTag)
                .get(list)
                .then()
                .statusCode(200)
                .body("items.id", hasItem("caching-test-policy"))
                .header("ETag", not(equalTo(listTag)));

        // The tag a write answers with is the tag of what a read then gets.
        String path = "/api/v1/policies/caching-test-policy";
        given().get(path).then().statusCode(200).header("ETag", created);
        given().header("If-None-Match", created)
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", created);

        Map<String, Object> changed = new HashMap<>(PolicyBodies.policy("caching-test-policy"));
        changed.put("title", Map.of("zh-CN", "改过的政策", "en", "Changed policy"));
        String updated = given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", created)
                .contentType("application/json")
                .body(changed)
                .put(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("ETag", Tags.ofVersion(1))
                .extract()
                .header("ETag");
        given().header("If-None-Match", created)
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", updated)
                .body("title", equalTo("改过的政策"));

        given().auth()
                .oauth2(Tokens.admin("admin-1"))
                .header("If-Match", updated)
                .delete(path)
                .then()
                .statusCode(204)
                .header("Cache-Control", "no-store");
        given().header("If-None-Match", updated)
                .get(path)
                .then()
                .spec(Problems.notFound(path))
                .header("Cache-Control", "no-store");
        given().get(list)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem("caching-test-policy")))
                .header("ETag", equalTo(listTag));
    }

    @Test
    void aNewBenefitChangesTheSubsidyAnswerAtOnce() {
        String benefits = BenefitWriteTest.newPolicy("caching-test-subsidy");
        String lookup = "/api/v1/subsidies?region=440300&level=2&on=2030-01-01&size=100";
        String before = given().get(lookup)
                .then()
                .statusCode(200)
                .body("items.policy.id", not(hasItem("caching-test-subsidy")))
                .extract()
                .header("ETag");
        given().header("If-None-Match", before).get(lookup).then().statusCode(304);

        BenefitWriteTest.add(benefits, BenefitWriteTest.benefit(2, 5000, "2029-01-01", null));

        given().header("If-None-Match", before)
                .get(lookup)
                .then()
                .statusCode(200)
                .body("items.policy.id", hasItem("caching-test-subsidy"))
                .header("ETag", not(equalTo(before)));
    }

    @Test
    void aRefusedWriteChangesNothingThatIsServed() {
        String path = "/api/v1/policies/shenzhen-skill-certificate-subsidy";
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        given().auth()
                .oauth2(Tokens.editor("partner-a"))
                .header("If-Match", "\"41\"")
                .contentType("application/json")
                .body(PolicyBodies.policy("shenzhen-skill-certificate-subsidy"))
                .put(path)
                .then()
                .spec(Problems.http(412, "Precondition Failed", path))
                .header("Cache-Control", "no-store");
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
    }
}
