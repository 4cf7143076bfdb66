package org.aitrainer.api.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The level of government a policy comes from.")
public enum PolicyScope {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL,
    COUNTY
}
