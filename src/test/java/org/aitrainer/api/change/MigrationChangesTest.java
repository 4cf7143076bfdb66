package org.aitrainer.api.change;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aitrainer.api.export.OccupationExport;
import org.aitrainer.api.occupation.Occupation;
import org.aitrainer.api.policy.Benefit;
import org.aitrainer.api.policy.BenefitRules.BenefitRecord;
import org.aitrainer.api.policy.EligibilityRule;
import org.aitrainer.api.policy.EligibilityRuleRules;
import org.aitrainer.api.policy.Policy;
import org.aitrainer.api.policy.PolicyInput;
import org.aitrainer.api.region.Region;
import org.aitrainer.api.region.RegionInput;
import org.aitrainer.api.salary.SalaryRange;
import org.aitrainer.api.salary.SalaryRangeRules.SalaryRangeRecord;
import org.aitrainer.api.source.Source;
import org.aitrainer.api.source.SourceInput;
import org.aitrainer.api.support.ChangeRows;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.worktype.WorkType;
import org.aitrainer.api.worktype.WorkTypeExport;
import org.junit.jupiter.api.Test;

/**
 * The data migration of 2026-12-01 (V4) appends its changes to the audit log, so that a partner syncing from the
 * cursor before it picks up every record it added or corrected, and the exports' data-set version moves.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class MigrationChangesTest {

    private static final String AUTHOR = "migration V4";
    private static final String V5 = "migration V5";

    @Inject
    ChangeRows changes;

    @Inject
    ObjectMapper json;

    @Test
    void fromTheCursorBeforeTheMigrationTheFeedListsEveryRecordItAddedOrCorrectedInOrder() {
        List<ChangeRows.Row> rows = migrationRows();
        JsonPath feed = feedFrom(rows.get(0));
        long last = rows.get(rows.size() - 1).id();
        // V5's changes follow V4's in the same feed.
        List<Map<String, Object>> items = feed.<Map<String, Object>>getList("items").stream()
                .filter(item -> Long.parseLong((String) item.get("cursor")) <= last)
                .toList();
        assertThat(items).hasSize(rows.size());

        // What a partner reads: entity types in an order that can be applied (sources before what cites them).
        Map<String, Map<String, List<String>>> changed = items.stream()
                .collect(Collectors.groupingBy(
                        item -> (String) item.get("entityType"),
                        java.util.LinkedHashMap::new,
                        Collectors.groupingBy(
                                item -> (String) item.get("action"),
                                java.util.TreeMap::new,
                                Collectors.mapping(item -> (String) item.get("entityId"), Collectors.toList()))));
        assertThat(changed.keySet())
                .containsExactly("source", "region", "work-type", "occupation", "policy", "benefit", "salary-range");
        assertThat(items).allSatisfy(item -> assertThat(item).containsEntry("deleted", false));

        assertThat(changed.get("source").get("UPDATE")).containsExactly("xinhua-2026-01-25", "hubei-2024-catalogue");
        assertThat(changed.get("source").get("CREATE"))
                .containsExactly(
                        "gd-measures-repost",
                        "gd-catalogue-2025-repost",
                        "zhanjiang-hrss",
                        "yangzhou-gov-2023-05",
                        "peoples-daily-2019-01-25",
                        "nanfang-daily-2024",
                        "chinanews-2025-03-26",
                        "cctv-2024-08-03",
                        "dadian-2022-table",
                        "camp-dadian-2022",
                        "hunan-repost",
                        "taiyuan-repost",
                        "lvliang-repost",
                        "changshu-repost",
                        "chengdu-repost",
                        "xiamen-repost",
                        "sz-tv-2025-04-01",
                        "xuhui-labour-brand",
                        "zixiangxian-repost",
                        "cdhao-careers");
        assertThat(changed.get("region")).containsOnlyKeys("CREATE");
        assertThat(changed.get("region").get("CREATE"))
                .containsExactly(
                        "140000", "320000", "350000", "430000", "510000", "140100", "141100", "320500", "321000",
                        "350200", "440800", "510100", "320581");
        assertThat(changed.get("work-type").get("UPDATE")).containsExactly("data-annotator", "ai-algorithm-tester");
        assertThat(changed.get("work-type").get("CREATE")).containsExactly("ai-digital-human-trainer");
        assertThat(changed.get("occupation")).isEqualTo(Map.of("UPDATE", List.of("4-04-05-05")));
        assertThat(changed.get("policy").get("UPDATE"))
                .containsExactly(
                        "local-skill-subsidies",
                        "guangdong-skill-training-subsidy-measures",
                        "guangzhou-urgent-occupations-2024");
        assertThat(changed.get("policy").get("CREATE"))
                .hasSize(14)
                .contains("changshu-skill-subsidy", "hangzhou-one-exam-two-certificates-pilot");
        assertThat(changed.get("benefit").get("UPDATE"))
                .containsExactly(
                        "b0000000-0000-4000-8000-000000000009",
                        "b0000000-0000-4000-8000-000000000010",
                        "b0000000-0000-4000-8000-000000000011");
        assertThat(changed.get("benefit").get("CREATE"))
                .hasSize(42)
                .startsWith("b0000000-0000-4000-8000-000000000020")
                .endsWith("b0000000-0000-4000-8000-000000000061");
        assertThat(changed.get("salary-range"))
                .isEqualTo(Map.of(
                        "CREATE",
                        List.of(
                                "5a1a0000-0000-4000-8000-000000000006", "5a1a0000-0000-4000-8000-000000000007",
                                "5a1a0000-0000-4000-8000-000000000008", "5a1a0000-0000-4000-8000-000000000009",
                                "5a1a0000-0000-4000-8000-000000000010", "5a1a0000-0000-4000-8000-000000000011")));
    }

    /** The migration of 2026-12-07 (V5): its sources, Shenzhen's second level-3 record for 2025, then the rules. */
    @Test
    void theRulesMigrationListsItsSourcesThenItsBenefitThenItsRulesInOrder() {
        List<ChangeRows.Row> rows = rulesMigrationRows();
        JsonPath feed = feedFrom(rows.get(0));
        assertThat(feed.<String>getList("items.entityType"))
                .containsExactlyElementsOf(
                        rows.stream().map(ChangeRows.Row::entityType).toList());
        assertThat(feed.<String>getList("items.action")).containsOnly("CREATE");
        assertThat(feed.<String>getList("items.entityId").subList(0, 8))
                .containsExactly(
                        "mohrss-2017-40-repost",
                        "zhongwei-hrss-2020-12-25",
                        "mohrss-2022-23-repost",
                        "mohrss-2024-40",
                        "mohrss-2025-18",
                        "chizhou-qa-2025-09-11",
                        "ningxia-2025",
                        "b0000000-0000-4000-8000-000000000062");
        assertThat(feed.<String>getList("items.entityType").subList(8, rows.size()))
                .hasSize(36)
                .containsOnly("rule");
        assertThat(feed.getString("items[8].data.kind")).isEqualTo("CERTIFICATE_ISSUED_FROM");
        assertThat(feed.getString("items[8].data.policyId")).isEqualTo("unemployment-insurance-skill-subsidy-2017");
    }

    /** The migrations write each record as the API's own writes record one, so partners apply both the same way. */
    @Test
    void eachRecordIsInTheShapeTheApisWritesRecordAndIsTheRecordAsServed() throws JsonProcessingException {
        List<ChangeRows.Row> both = new java.util.ArrayList<>(migrationRows());
        both.addAll(rulesMigrationRows());
        for (ChangeRows.Row row : both) {
            String as = row.entityType() + " " + row.entityId();
            assertThat(json.readTree(row.after()))
                    .as(as)
                    .isEqualTo(json.readTree(json.writeValueAsString(
                            QuarkusTransaction.requiringNew().call(() -> current(row.entityType(), row.entityId())))));
        }
    }

    @Test
    void correctionsKeepWhatTheRecordWasBefore() throws JsonProcessingException {
        Map<String, ChangeRows.Row> updates = migrationRows().stream()
                .filter(row -> row.action().equals("UPDATE"))
                .collect(Collectors.toMap(row -> row.entityType() + " " + row.entityId(), row -> row));
        JsonNode hubei =
                json.readTree(updates.get("source hubei-2024-catalogue").before());
        assertThat(hubei.path("url").isNull()).isTrue();
        JsonNode guangdong = json.readTree(
                updates.get("policy guangdong-skill-training-subsidy-measures").before());
        assertThat(guangdong.path("sourceId").asText()).isEqualTo("unattributed-report");
        assertThat(guangdong.path("eligibility").isNull()).isTrue();
        JsonNode annotator =
                json.readTree(updates.get("work-type data-annotator").before());
        assertThat(annotator.path("addedIn").isNull()).isTrue();
        JsonNode occupation = json.readTree(updates.get("occupation 4-04-05-05").before());
        assertThat(occupation.path("classification").isEmpty()).isTrue();
        assertThat(occupation.path("digital").asBoolean()).isFalse();
        assertThat(json.readTree(updates.get("occupation 4-04-05-05").after())
                        .path("classification")
                        .size())
                .isEqualTo(4);
    }

    @Test
    void theExportsDataVersionIsTheLastMigrationsLastChange() {
        long last = rulesMigrationRows().get(rulesMigrationRows().size() - 1).id();
        assertThat(changes.latestId()).isEqualTo(last); // the reading tests' database has no other writes
        for (String path : List.of("/api/v1/export/dataset.json", "/api/v1/export/policies.csv")) {
            ExtractableResponse<Response> response =
                    given().get(path).then().statusCode(200).extract();
            assertThat(response.header("X-Data-Version")).as(path).isEqualTo(Long.toString(last));
        }
    }

    private List<ChangeRows.Row> migrationRows() {
        List<ChangeRows.Row> rows = changes.since(0).stream()
                .filter(row -> row.author().equals(AUTHOR))
                .toList();
        assertThat(rows).hasSize(107);
        return rows;
    }

    private List<ChangeRows.Row> rulesMigrationRows() {
        List<ChangeRows.Row> rows =
                changes.since(0).stream().filter(row -> row.author().equals(V5)).toList();
        assertThat(rows).hasSize(44);
        return rows;
    }

    /** The record as the API's writes (or, for work types and the occupation, the export) would record it now. */
    private static Object current(String entityType, String id) {
        return switch (entityType) {
            case "source" -> SourceInput.from(Source.findBySlug(id).orElseThrow());
            case "region" -> RegionInput.from(Region.<Region>findById(id));
            case "work-type" ->
                WorkTypeExport.from(WorkType.<WorkType>find("slug", id).singleResult());
            case "occupation" -> {
                Occupation occupation = Occupation.<Occupation>find("code", id).singleResult();
                Occupation.fetchClassification(occupation);
                yield OccupationExport.from(occupation);
            }
            case "policy" -> PolicyInput.from(Policy.<Policy>find("slug", id).singleResult());
            case "benefit" ->
                BenefitRecord.of(
                        Benefit.<Benefit>find("publicId", UUID.fromString(id)).singleResult());
            case "rule" ->
                EligibilityRuleRules.RuleRecord.of(
                        EligibilityRule.<EligibilityRule>find("publicId", UUID.fromString(id))
                                .singleResult());
            case "salary-range" ->
                SalaryRangeRecord.of(SalaryRange.<SalaryRange>find("publicId", UUID.fromString(id))
                        .singleResult());
            default -> throw new AssertionError("an entity type the migration does not write: " + entityType);
        };
    }

    /** The change feed from the row's own change on, a thousand changes at most. */
    private static JsonPath feedFrom(ChangeRows.Row first) {
        return given().queryParam("since", first.id() - 1)
                .queryParam("limit", 1000)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
