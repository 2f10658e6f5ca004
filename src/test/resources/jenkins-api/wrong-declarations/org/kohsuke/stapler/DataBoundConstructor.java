package org.kohsuke.stapler;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Wrong: CLASS retention, METHOD target and no @Documented. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface DataBoundConstructor {
}
