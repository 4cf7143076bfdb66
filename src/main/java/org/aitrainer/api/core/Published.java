package org.aitrainer.api.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what a feature package offers the other features: the records they refer to, the snapshot parts they look
 * them up in, the names of their changes. Everything else in a feature package is its own; {@code ArchitectureTest}
 * holds features to that. The bulk export alone reads every feature's entities, as its purpose is the whole data set.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Published {

    /** Who uses it, and for what. */
    String value();
}
