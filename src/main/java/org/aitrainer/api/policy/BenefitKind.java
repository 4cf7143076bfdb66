package org.aitrainer.api.policy;

import org.aitrainer.api.core.Published;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "CERTIFICATE_SUBSIDY: a sum paid for a skill-level certificate; SPECIAL_CERTIFICATE_SUBSIDY: a "
                + "sum paid for a special (single-skill) certificate; SUBSIDY_UPLIFT: a percentage added to the usual subsidy "
                + "of its policy; TRAINING_SUBSIDY: a sum towards the cost of training (such as Xiamen's by level, or "
                + "Yangzhou's for a training certificate), which is not a certificate subsidy: never add it to one.")
@Published("A situation names the kinds of subsidies received before.")
public enum BenefitKind {
    CERTIFICATE_SUBSIDY,
    SPECIAL_CERTIFICATE_SUBSIDY,
    SUBSIDY_UPLIFT,
    TRAINING_SUBSIDY
}
