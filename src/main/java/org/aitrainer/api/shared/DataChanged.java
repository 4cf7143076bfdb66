package org.aitrainer.api.shared;

/**
 * Fired inside every write's transaction. Observers that keep copies of the data act on it once the transaction
 * has committed (a rolled-back write changed nothing).
 */
public record DataChanged() {}
