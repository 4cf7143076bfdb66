package org.aitrainer.api.estimate;

/** Asked only where an age rule sets a different upper bound for women. */
public enum Sex {
    MALE,
    FEMALE
}
