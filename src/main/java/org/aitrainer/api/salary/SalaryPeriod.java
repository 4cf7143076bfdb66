package org.aitrainer.api.salary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The period an amount is paid for.")
public enum SalaryPeriod {
    MONTH,
    YEAR
}
