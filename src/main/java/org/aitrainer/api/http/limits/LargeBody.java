package org.aitrainer.api.http.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose bodies may be larger than {@link BodySizeLimit#MAX_BYTES}, up to
 * {@link BodySizeLimit#LARGE_MAX_BYTES}: a batch, for instance. Every other endpoint keeps the usual limit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {}
