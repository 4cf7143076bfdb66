package org.aitrainer.api.salary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "What the figures are: RANGE (from min to max), AVERAGE or MEDIAN (min equals max for an exact "
                + "figure; an open max means \"above min\").")
public enum SalaryStatistic {
    RANGE,
    AVERAGE,
    MEDIAN
}
