package org.aitrainer.api.write;

/**
 * A request body that {@link WritableCollection} and {@link WritableRecord} take: naming the type lets its
 * constraints be validated ({@code @Valid}) through their type parameters.
 */
public interface WriteBody {}
