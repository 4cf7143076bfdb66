package org.aitrainer.api.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.aitrainer.api.support.PostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Every record of the data set names its source; counted per source over the whole export, the records are those the
 * fact sheet gives each source, so that a row dropped from (or added to) a migration fails here.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class RecordsPerSourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachSourceHasTheRecordsTheFactSheetGivesIt() throws IOException {
        Map<String, Integer> expected = new TreeMap<>();
        // The seed (V2), as corrected by V4
        expected.put("seed-article", 26); // 4 duty areas, 13 statements, 4 salaries, 3 policies, 2 benefits
        expected.put("nosc-2021", 12); // the occupation, 4 statements, 5 levels, 2 work types
        expected.put("ithome-2021-11-28", 4); // 3 statements, 1 policy
        expected.put("osta-outline-2025", 21); // 7 functions, 14 work contents
        expected.put("gmrb-2017-05-21", 7); // 1 policy, 3 benefits, 3 rules (V5)
        expected.put("state-council-2017-35", 1);
        expected.put("state-council-2019-24", 1);
        expected.put("sz-repost-cdhao", 8); // 1 policy, 3 benefits; V5: its 2025 level-3 amount, 3 rules
        expected.put("xinhua-2024-12-04", 3); // 1 policy, 2 benefits
        expected.put("tonglu-notice", 7); // 1 policy, 6 benefits
        expected.put("unattributed-report", 12); // 12 duties (Guangdong and Guangzhou now cite their sources)
        // Added 2026-12-01 (V4)
        expected.put("gd-measures-repost", 9); // Guangdong's measures and their 3 uplifts; 5 rules (V5)
        expected.put("gd-catalogue-2025-repost", 1);
        expected.put("zhanjiang-hrss", 7); // 1 policy, 3 amounts, 1 uplift; 2 rules (V5)
        expected.put("yangzhou-gov-2023-05", 6); // the policy, 2 amounts, special and training certificates, uplift
        expected.put("peoples-daily-2019-01-25", 6); // Yangzhou 2019-2020: 3 amounts, 1 uplift; 2 rules (V5)
        expected.put("nanfang-daily-2024", 1); // the Guangzhou catalogue
        expected.put("chinanews-2025-03-26", 1);
        expected.put("cctv-2024-08-03", 1); // the third work type
        expected.put("xinhua-2026-01-25", 3); // 1 statement (V2), 1 policy, 1 uplift
        expected.put("hubei-2024-catalogue", 2); // the Hubei median (V2), the Hangzhou pilot
        expected.put("dadian-2022-table", 16); // 4 classification steps, 11 related occupations, 1 statement
        expected.put("camp-dadian-2022", 1);
        expected.put("hunan-repost", 6); // 1 policy, 3 amounts, 1 uplift; 1 rule (V5)
        expected.put("taiyuan-repost", 6);
        expected.put("lvliang-repost", 5); // 1 policy, 3 amounts, 1 rule
        expected.put("changshu-repost", 5);
        expected.put("chengdu-repost", 10); // 2 policies, 6 amounts, 2 rules
        expected.put("xiamen-repost", 9); // 2 policies, 5 training amounts, 2 uplifts
        expected.put("sz-tv-2025-04-01", 2); // 1 salary range, 1 statement
        expected.put("xuhui-labour-brand", 3); // 2 salary ranges, 1 statement
        expected.put("zixiangxian-repost", 1);
        expected.put("cdhao-careers", 2);
        // Added 2026-12-07 (V5): the eligibility rules
        expected.put("mohrss-2017-40-repost", 3);
        expected.put("zhongwei-hrss-2020-12-25", 1);
        expected.put("mohrss-2022-23-repost", 1);
        expected.put("mohrss-2024-40", 6);
        expected.put("mohrss-2025-18", 4);
        expected.put("chizhou-qa-2025-09-11", 1);

        JsonNode dataset = JSON.readTree(given().get("/api/v1/export/dataset.json")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        Map<String, Integer> counted = new TreeMap<>();
        count(dataset, counted);
        assertThat(counted).isEqualTo(expected);
        // Every source is cited by some record, but Ningxia's forwarding of the 2025 notice: its amounts are for a
        // region the data does not hold.
        assertThat(counted.keySet()).hasSize(dataset.path("sources").size() - 1);
        assertThat(counted).doesNotContainKey("ningxia-2025");
    }

    private static void count(JsonNode node, Map<String, Integer> counted) {
        if (node.has("sourceId")) {
            counted.merge(node.get("sourceId").asText(), 1, Integer::sum);
        }
        node.forEach(child -> count(child, counted));
    }
}
