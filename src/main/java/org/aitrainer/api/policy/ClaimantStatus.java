package org.aitrainer.api.policy;

import org.aitrainer.api.core.Published;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claimant's situation as the rules name it. */
@Schema(
        name = "ClaimantStatus",
        description = "EMPLOYED (an employee insured in unemployment insurance), RECEIVING_UNEMPLOYMENT_BENEFIT, "
                + "REGISTERED_UNEMPLOYED, STUDENT (full-time), RETIRED (receiving a pension), CIVIL_SERVANT (staff on "
                + "the civil-service payroll).")
@Published("A situation names the claimant's status as the rules do.")
public enum ClaimantStatus {
    EMPLOYED,
    RECEIVING_UNEMPLOYMENT_BENEFIT,
    REGISTERED_UNEMPLOYED,
    STUDENT,
    RETIRED,
    CIVIL_SERVANT
}
