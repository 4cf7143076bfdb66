package org.aitrainer.api.policy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RuleList",
        description = "Every eligibility rule of one policy, past, current and future, in the order recorded.")
public record RuleList(
        @Schema(description = "The policy's id.", examples = "unemployment-insurance-skill-subsidy-2017")
        String policyId,

        List<RuleView> items) {}
