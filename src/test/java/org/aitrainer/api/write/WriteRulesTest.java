package org.aitrainer.api.write;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.TransactionalException;
import org.aitrainer.api.policy.BenefitRules;
import org.aitrainer.api.policy.PolicyRules;
import org.aitrainer.api.region.RegionRules;
import org.aitrainer.api.salary.SalaryRangeRules;
import org.aitrainer.api.source.SourceRules;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.WritesProfile;
import org.junit.jupiter.api.Test;

/** The rules of every record run only inside the pipeline's transaction: called on their own, they refuse. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class WriteRulesTest {

    @Inject
    SourceRules sources;

    @Inject
    PolicyRules policies;

    @Inject
    BenefitRules benefits;

    @Inject
    RegionRules regions;

    @Inject
    SalaryRangeRules salaryRanges;

    @Test
    void noRuleRunsOutsideATransaction() {
        assertRefused(() -> sources.find("nosc-2021"));
        assertRefused(() -> policies.find("shenzhen-skill-certificate-subsidy"));
        assertRefused(() -> regions.find("440300"));
        assertRefused(() -> salaryRanges.find(java.util.UUID.fromString("5a1a0000-0000-4000-8000-000000000005")));
        assertRefused(() -> benefits.find(new BenefitRules.Key(
                "shenzhen-skill-certificate-subsidy",
                java.util.UUID.fromString("b0000000-0000-4000-8000-000000000005"))));
    }

    private static void assertRefused(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOf(TransactionalException.class)
                .hasCauseInstanceOf(TransactionRequiredException.class);
    }
}
