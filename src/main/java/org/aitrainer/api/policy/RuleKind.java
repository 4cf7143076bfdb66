package org.aitrainer.api.policy;

import org.aitrainer.api.core.Published;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an eligibility rule asks of a claimant or a claim; each kind has its own parameters. */
@Schema(
        name = "RuleKind",
        description = "What the rule asks: MIN_INSURED_MONTHS (months), CERTIFICATE_ISSUED_FROM (issuedFrom), "
                + "APPLY_WITHIN_MONTHS (months), LEVELS (levels), CLAIMANT_STATUS (statuses: only these may claim), "
                + "EXCLUDED_STATUS (statuses: these may not), AGE_RANGE (minAge, maxAge, maxAgeFemale), PLACE "
                + "(placeBases: any of them in the policy's region), ONCE_PER_LEVEL, MAX_PER_YEAR (maxCount, "
                + "maxCountUrgent), NO_LOWER_AFTER_HIGHER, NOT_COMBINED_WITH (excludedKind), SCHEME (schemeId: the "
                + "conditions of that policy apply too).")
@Published("Subsidy estimates evaluate the policies' rules and amounts.")
public enum RuleKind {
    MIN_INSURED_MONTHS,
    CERTIFICATE_ISSUED_FROM,
    APPLY_WITHIN_MONTHS,
    LEVELS,
    CLAIMANT_STATUS,
    EXCLUDED_STATUS,
    AGE_RANGE,
    PLACE,
    ONCE_PER_LEVEL,
    MAX_PER_YEAR,
    NO_LOWER_AFTER_HIGHER,
    NOT_COMBINED_WITH,
    SCHEME
}
