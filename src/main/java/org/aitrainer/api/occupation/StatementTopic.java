package org.aitrainer.api.occupation;

/** What a statement about the occupation is about; the profile groups statements by topic. */
public enum StatementTopic {
    DEFINITION,
    CREATION,
    STANDARD,
    ENVIRONMENT,
    EDUCATION,
    CAREER_PATH,
    INDUSTRY,
    TECHNOLOGY,
    OUTLOOK,
    CLASSIFICATION
}
