package org.aitrainer.api.core;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "How sure we are of a fact: OFFICIAL (read in the official standard or policy text), REPORTED "
                + "(stated by a news report, a repost or an article, not checked against an official text), UNCONFIRMED "
                + "(claimed somewhere, looked for and not found in any official or news source).")
public enum Verification {
    OFFICIAL,
    REPORTED,
    UNCONFIRMED
}
