package org.aitrainer.api.estimate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aitrainer.api.support.PostgresResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Situations written from the fact sheet's rules, one per rule and date boundary, each with the outcome, the amount
 * and the failing check (or the missing input) it must give for one program.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class SubsidyEstimateCasesTest {

    static final String NATIONAL = "unemployment-insurance-skill-subsidy-2017";
    static final String SHENZHEN = "shenzhen-skill-certificate-subsidy";
    static final String YANGZHOU = "yangzhou-skill-improvement-subsidy";
    static final String ZHANJIANG = "zhanjiang-skill-improvement-subsidy";
    static final String TONGLU = "tonglu-one-exam-two-certificates";

    /**
     * @param program the result looked at
     * @param outcome its outcome; null when the program must not be among the results
     * @param amount the amount it takes; null for none
     * @param failed the kinds of the checks that fail, in order
     * @param missing the missing inputs
     */
    record Case(
            String name,
            Map<String, Object> situation,
            String program,
            String outcome,
            Integer amount,
            List<String> failed,
            List<String> missing) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Map<String, Object> situation(String region, int level, String issued, String applying, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("region", region);
        body.put("level", level);
        body.put("certificateIssuedOn", issued);
        body.put("applyingOn", applying);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    static Map<String, Object> previous(int level, String receivedOn, String kind) {
        return Map.of("occupationCode", "4-04-05-05", "level", level, "receivedOn", receivedOn, "kind", kind);
    }

    static Case eligible(String name, Map<String, Object> situation, String program, int amount) {
        return new Case(name, situation, program, "ELIGIBLE", amount, List.of(), List.of());
    }

    static Case ineligible(
            String name, Map<String, Object> situation, String program, Integer amount, String... failed) {
        return new Case(name, situation, program, "INELIGIBLE", amount, List.of(failed), List.of());
    }

    static Case moreInfo(
            String name, Map<String, Object> situation, String program, Integer amount, String... missing) {
        return new Case(name, situation, program, "MORE_INFO", amount, List.of(), List.of(missing));
    }

    static final String EMPLOYED = "EMPLOYED";

    static Stream<Case> cases() {
        return Stream.of(
                // 2017: 36 months' contributions, enterprise employees, within 12 months, certificates from 2017
                ineligible(
                        "a 2018 certificate with 24 months insured fails the 36-month rule",
                        situation(
                                "CN", 3, "2018-03-01", "2018-06-01", "insuredMonths", 24, "employmentStatus", EMPLOYED),
                        NATIONAL,
                        2000,
                        "MIN_INSURED_MONTHS"),
                eligible(
                        "a 2018 certificate with 36 months insured passes",
                        situation(
                                "CN", 3, "2018-03-01", "2018-06-01", "insuredMonths", 36, "employmentStatus", EMPLOYED),
                        NATIONAL,
                        2000),
                new Case(
                        "a 2016 certificate comes before the national scheme",
                        situation(
                                "CN", 3, "2016-12-31", "2017-03-01", "insuredMonths", 36, "employmentStatus", EMPLOYED),
                        NATIONAL,
                        null,
                        null,
                        List.of(),
                        List.of()),
                ineligible(
                        "only enterprise employees could claim under the 2017 rules",
                        situation(
                                "CN",
                                4,
                                "2023-03-01",
                                "2023-04-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                "REGISTERED_UNEMPLOYED"),
                        NATIONAL,
                        1500,
                        "CLAIMANT_STATUS"),
                // 2019: relaxed to 12 months, nationally and in Yangzhou
                eligible(
                        "a Yangzhou 2019 certificate with 14 months passes the relaxed rule",
                        situation(
                                "321000",
                                4,
                                "2019-03-01",
                                "2019-06-01",
                                "insuredMonths",
                                14,
                                "employmentStatus",
                                EMPLOYED),
                        YANGZHOU,
                        1500),
                ineligible(
                        "a Yangzhou 2018 certificate with 14 months still needs 36",
                        situation(
                                "321000",
                                4,
                                "2018-11-01",
                                "2019-02-01",
                                "insuredMonths",
                                14,
                                "employmentStatus",
                                EMPLOYED),
                        NATIONAL,
                        1500,
                        "MIN_INSURED_MONTHS"),
                new Case(
                        "Yangzhou paid its 2019 rates only for certificates issued from 2019",
                        situation(
                                "321000",
                                4,
                                "2018-11-01",
                                "2019-02-01",
                                "insuredMonths",
                                40,
                                "employmentStatus",
                                EMPLOYED),
                        YANGZHOU,
                        null,
                        null,
                        List.of(),
                        List.of()),
                // the application window
                ineligible(
                        "a certificate applied for 13 months after issue fails the window",
                        situation(
                                "CN", 3, "2022-03-01", "2023-04-01", "insuredMonths", 24, "employmentStatus", EMPLOYED),
                        NATIONAL,
                        2000,
                        "APPLY_WITHIN_MONTHS"),
                eligible(
                        "a certificate applied for 12 months after issue, to the day, is within the window",
                        situation(
                                "CN", 3, "2022-03-01", "2023-03-01", "insuredMonths", 24, "employmentStatus", EMPLOYED),
                        NATIONAL,
                        2000),
                // levels
                ineligible(
                        "level 2 is not covered by the national scheme",
                        situation(
                                "CN", 2, "2024-03-01", "2024-06-01", "insuredMonths", 24, "employmentStatus", EMPLOYED),
                        NATIONAL,
                        null,
                        "LEVELS"),
                moreInfo(
                        "Tonglu pays level 1, but no source states its conditions",
                        situation(
                                "330122",
                                1,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED),
                        TONGLU,
                        3000),
                // 2024: insured for a year, or receiving unemployment benefit; limits on repeats
                ineligible(
                        "a previous level-3 subsidy blocks a level-4 one",
                        situation(
                                "CN",
                                4,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "previousSubsidies",
                                List.of(previous(3, "2023-05-01", "CERTIFICATE_SUBSIDY"))),
                        NATIONAL,
                        1500,
                        "NO_LOWER_AFTER_HIGHER"),
                ineligible(
                        "each occupation and level once",
                        situation(
                                "CN",
                                4,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "previousSubsidies",
                                List.of(previous(4, "2022-05-01", "CERTIFICATE_SUBSIDY"))),
                        NATIONAL,
                        1500,
                        "ONCE_PER_LEVEL"),
                ineligible(
                        "the training subsidy for the same certificate excludes the skill-improvement subsidy",
                        situation(
                                "CN",
                                3,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "previousSubsidies",
                                List.of(previous(3, "2024-04-01", "TRAINING_SUBSIDY"))),
                        NATIONAL,
                        2000,
                        "NOT_COMBINED_WITH"),
                ineligible(
                        "at most three subsidies a year in 2024",
                        situation(
                                "CN",
                                3,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "previousSubsidies",
                                List.of(
                                        previous(5, "2024-01-10", "CERTIFICATE_SUBSIDY"),
                                        Map.of("occupationCode", "4-04-05-01", "level", 5, "receivedOn", "2024-02-01"),
                                        Map.of(
                                                "occupationCode",
                                                "4-04-05-02",
                                                "level",
                                                5,
                                                "receivedOn",
                                                "2024-03-01"))),
                        NATIONAL,
                        2000,
                        "MAX_PER_YEAR"),
                eligible(
                        "people receiving unemployment benefit need no contributions in 2024",
                        situation(
                                "CN",
                                5,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                0,
                                "employmentStatus",
                                "RECEIVING_UNEMPLOYMENT_BENEFIT"),
                        NATIONAL,
                        1000),
                ineligible(
                        "an employee insured for 6 months fails the 2024 rule",
                        situation(
                                "CN", 5, "2024-03-01", "2024-06-01", "insuredMonths", 6, "employmentStatus", EMPLOYED),
                        NATIONAL,
                        1000,
                        "MIN_INSURED_MONTHS"),
                moreInfo(
                        "without a status, 2024's rules cannot be settled",
                        situation("CN", 5, "2024-03-01", "2024-06-01", "insuredMonths", 24),
                        NATIONAL,
                        1000,
                        "employmentStatus"),
                moreInfo(
                        "an employee without months insured is asked for them",
                        situation("CN", 5, "2024-03-01", "2024-06-01", "employmentStatus", EMPLOYED),
                        NATIONAL,
                        1000,
                        "insuredMonths"),
                // 2025: no national rule between the 2024 notice and 2025-04-14; students excluded; once a year
                moreInfo(
                        "no national rule is known for certificates of early 2025",
                        situation(
                                "CN", 5, "2025-02-01", "2025-03-01", "insuredMonths", 24, "employmentStatus", EMPLOYED),
                        NATIONAL,
                        1000),
                ineligible(
                        "students may not claim in 2025",
                        situation(
                                "CN",
                                5,
                                "2025-05-01",
                                "2025-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                "STUDENT"),
                        NATIONAL,
                        1000,
                        "CLAIMANT_STATUS",
                        "EXCLUDED_STATUS"),
                moreInfo(
                        "a second subsidy in 2025 depends on the occupation being urgently needed",
                        situation(
                                "CN",
                                5,
                                "2025-05-01",
                                "2025-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "previousSubsidies",
                                List.of(Map.of(
                                        "occupationCode", "4-04-05-01", "level", 4, "receivedOn", "2025-02-01"))),
                        NATIONAL,
                        1000,
                        "urgentlyNeededOccupation"),
                eligible(
                        "a second subsidy in 2025 for an urgently needed occupation passes",
                        situation(
                                "CN",
                                5,
                                "2025-05-01",
                                "2025-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "urgentlyNeededOccupation",
                                true,
                                "previousSubsidies",
                                List.of(Map.of(
                                        "occupationCode", "4-04-05-01", "level", 4, "receivedOn", "2025-02-01"))),
                        NATIONAL,
                        1000),
                moreInfo(
                        "no national rule is known after 2025",
                        situation(
                                "CN", 3, "2026-03-01", "2026-06-01", "insuredMonths", 24, "employmentStatus", EMPLOYED),
                        NATIONAL,
                        2000),
                // Guangdong: age by sex, place, status
                ineligible(
                        "in Guangdong, a 58-year-old woman fails the age rule",
                        situation(
                                "440000",
                                3,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "birthDate",
                                "1966-01-01",
                                "sex",
                                "FEMALE"),
                        NATIONAL,
                        2000,
                        "AGE_RANGE"),
                eligible(
                        "in Guangdong, a 58-year-old man passes it",
                        situation(
                                "440000",
                                3,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "birthDate",
                                "1966-01-01",
                                "sex",
                                "MALE"),
                        NATIONAL,
                        2000),
                moreInfo(
                        "in Guangdong, a 58-year-old without sex given needs it",
                        situation(
                                "440000",
                                3,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "birthDate",
                                "1966-01-01"),
                        NATIONAL,
                        2000,
                        "sex"),
                eligible(
                        "in Guangdong, a 40-year-old needs no sex: the age settles it",
                        situation(
                                "440000",
                                3,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "birthDate",
                                "1984-01-01"),
                        NATIONAL,
                        2000),
                ineligible(
                        "in Guangdong, a 61-year-old fails whatever the sex",
                        situation(
                                "440000",
                                3,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "birthDate",
                                "1963-01-01"),
                        NATIONAL,
                        2000,
                        "AGE_RANGE"),
                moreInfo(
                        "in Guangdong, the age rule asks for a birth date",
                        situation(
                                "440000",
                                3,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED),
                        NATIONAL,
                        2000,
                        "birthDate"),
                eligible(
                        "in Zhanjiang the official local amount is taken",
                        situation(
                                "440800",
                                3,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "birthDate",
                                "1984-01-01"),
                        ZHANJIANG,
                        2000),
                eligible(
                        "in Zhanjiang a benefit recipient with a local hukou meets the place rule",
                        situation(
                                "440800",
                                3,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                0,
                                "employmentStatus",
                                "RECEIVING_UNEMPLOYMENT_BENEFIT",
                                "birthDate",
                                "1984-01-01",
                                "hukouRegion",
                                "440800"),
                        ZHANJIANG,
                        2000),
                moreInfo(
                        "in Zhanjiang a benefit recipient not insured is asked for the hukou",
                        situation(
                                "440800",
                                3,
                                "2024-03-01",
                                "2024-06-01",
                                "insuredMonths",
                                0,
                                "employmentStatus",
                                "RECEIVING_UNEMPLOYMENT_BENEFIT",
                                "birthDate",
                                "1984-01-01"),
                        ZHANJIANG,
                        2000,
                        "hukouRegion"),
                // Shenzhen: its own place rule on top, two sources for level 3 in 2025
                eligible(
                        "Shenzhen level 3 in June 2025",
                        situation(
                                "440300",
                                3,
                                "2025-06-01",
                                "2025-07-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "birthDate",
                                "1990-01-01"),
                        SHENZHEN,
                        2400),
                moreInfo(
                        "Shenzhen level 3 in 2026: 3,120 yuan, but no national rule is known",
                        situation(
                                "440300",
                                3,
                                "2026-03-01",
                                "2026-06-01",
                                "insuredMonths",
                                24,
                                "employmentStatus",
                                EMPLOYED,
                                "birthDate",
                                "1990-01-01"),
                        SHENZHEN,
                        3120));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesTheOutcomeTheRulesSay(Case c) {
        JsonPath answer = given().contentType("application/json")
                .body(c.situation())
                .post("/api/v1/subsidy-estimates?lang=en")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String result = "results.find { it.policyId == '" + c.program() + "' }";
        if (c.outcome() == null) {
            assertThat(answer.<Object>get(result))
                    .as("no result for " + c.program())
                    .isNull();
            return;
        }
        assertThat(answer.<String>get(result + ".outcome")).isEqualTo(c.outcome());
        assertThat(answer.<Integer>get(result + ".award.amount.amount")).isEqualTo(c.amount());
        assertThat(answer.<List<String>>get(result + ".checks.findAll { it.passed == false }.kind"))
                .isEqualTo(c.failed());
        assertThat(answer.<List<String>>get(result + ".missingInputs")).isEqualTo(c.missing());
        if (c.outcome().equals("MORE_INFO") && c.missing().isEmpty()) {
            assertThat(answer.<List<String>>get(result + ".checks.findAll { it.passed == null }.kind"))
                    .as("a MORE_INFO that no input settles names the rules that are not known")
                    .contains("RULES_KNOWN");
        }
        if (!c.outcome().equals("INELIGIBLE")) {
            assertThat(answer.<List<String>>get(result + ".checks.findAll { it.passed == false }"))
                    .isEmpty();
        }
    }
}
