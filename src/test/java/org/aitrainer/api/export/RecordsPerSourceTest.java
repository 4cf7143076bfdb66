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
        expected.put("gmrb-2017-05-21", 4); // 1 policy, 3 benefits
        expected.put("state-council-2017-35", 1);
        expected.put("state-council-2019-24", 1);
        expected.put("sz-repost-cdhao", 4); // 1 policy, 3 benefits
        expected.put("xinhua-2024-12-04", 3); // 1 policy, 2 benefits
        expected.put("tonglu-notice", 7); // 1 policy, 6 benefits
        expected.put("unattributed-report", 12); // 12 duties (Guangdong and Guangzhou now cite their sources)
        // Added 2026-12-01 (V4)
        expected.put("gd-measures-repost", 4); // Guangdong's measures and their 3 uplifts
        expected.put("gd-catalogue-2025-repost", 1);
        expected.put("zhanjiang-hrss", 5); // 1 policy, 3 amounts, 1 uplift
        expected.put("yangzhou-gov-2023-05", 6); // the policy, 2 amounts, special and training certificates, uplift
        expected.put("peoples-daily-2019-01-25", 4); // Yangzhou 2019-2020: 3 amounts, 1 uplift
        expected.put("nanfang-daily-2024", 1); // the Guangzhou catalogue
        expected.put("chinanews-2025-03-26", 1);
        expected.put("cctv-2024-08-03", 1); // the third work type
        expected.put("xinhua-2026-01-25", 3); // 1 statement (V2), 1 policy, 1 uplift
        expected.put("hubei-2024-catalogue", 2); // the Hubei median (V2), the Hangzhou pilot
        expected.put("dadian-2022-table", 16); // 4 classification steps, 11 related occupations, 1 statement
        expected.put("camp-dadian-2022", 1);
        expected.put("hunan-repost", 5); // 1 policy, 3 amounts, 1 uplift
        expected.put("taiyuan-repost", 5);
        expected.put("lvliang-repost", 4); // 1 policy, 3 amounts
        expected.put("changshu-repost", 5);
        expected.put("chengdu-repost", 8); // 2 policies, 6 amounts
        expected.put("xiamen-repost", 9); // 2 policies, 5 training amounts, 2 uplifts
        expected.put("sz-tv-2025-04-01", 2); // 1 salary range, 1 statement
        expected.put("xuhui-labour-brand", 3); // 2 salary ranges, 1 statement
        expected.put("zixiangxian-repost", 1);
        expected.put("cdhao-careers", 2);

        JsonNode dataset = JSON.readTree(given().get("/api/v1/export/dataset.json")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        Map<String, Integer> counted = new TreeMap<>();
        count(dataset, counted);
        assertThat(counted).isEqualTo(expected);
        // Every source is cited by some record.
        assertThat(counted.keySet()).hasSize(dataset.path("sources").size());
    }

    private static void count(JsonNode node, Map<String, Integer> counted) {
        if (node.has("sourceId")) {
            counted.merge(node.get("sourceId").asText(), 1, Integer::sum);
        }
        node.forEach(child -> count(child, counted));
    }
}
