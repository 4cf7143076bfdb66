package org.aitrainer.api.policy;

import org.aitrainer.api.core.Published;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What ties a claimant to a policy's region. */
@Schema(
        name = "PlaceBasis",
        description = "INSURED (social insurance in the region), HUKOU (household registration there), "
                + "REGISTERED_UNEMPLOYED (unemployment registered there), RECENT_GRADUATE (a recent graduate).")
@Published("Subsidy estimates evaluate the policies' rules and amounts.")
public enum PlaceBasis {
    INSURED,
    HUKOU,
    REGISTERED_UNEMPLOYED,
    RECENT_GRADUATE
}
