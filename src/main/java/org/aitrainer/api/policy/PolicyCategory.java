package org.aitrainer.api.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a policy is about.")
public enum PolicyCategory {
    DEVELOPMENT_PLAN,
    SKILL_SUBSIDY,
    TALENT_SUBSIDY,
    HOUSING,
    TAX_INCENTIVE,
    FUNDING,
    OCCUPATION_CATALOGUE
}
