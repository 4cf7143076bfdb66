package org.aitrainer.api.duty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "DUTY_AREA: an area of work as described for the public; FUNCTION: an occupational function of "
                + "the official assessment outline; WORK_CONTENT: a work content within a function (it has a parent); "
                + "MAIN_TASK: a main task named when the occupation was created.")
public enum DutyKind {
    DUTY_AREA,
    FUNCTION,
    WORK_CONTENT,
    MAIN_TASK
}
