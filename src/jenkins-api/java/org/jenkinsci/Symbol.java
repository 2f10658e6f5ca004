package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration of structs' short name of an extension. The real one is also meta-annotated with
 * annotation-indexer's {@code @Indexed}, which is not available to this build: the glue's jar therefore gets no
 * {@code META-INF/annotations/org.jenkinsci.Symbol} index from it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
