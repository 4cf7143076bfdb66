package org.aitrainer.api.http.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.aitrainer.api.http.HttpLimits;

/**
 * Marks a resource method whose bodies may be larger than {@link HttpLimits#MAX_BODY_BYTES}, up to its own limit
 * ({@link HttpLimits#LARGE_MAX_BODY_BYTES} unless it says another): a batch, for instance. Every other endpoint keeps
 * the usual limit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {

    /** The method's limit in bytes. */
    int value() default HttpLimits.LARGE_MAX_BODY_BYTES;
}
