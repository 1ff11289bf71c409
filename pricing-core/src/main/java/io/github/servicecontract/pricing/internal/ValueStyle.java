package io.github.servicecontract.pricing.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this module (not an API: the packages of this module use it): generated implementations are package-private and hidden
 * behind the abstract value types and their nested builders.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = false),
        throwForInvalidImmutableState = IllegalArgumentException.class,
        allowedClasspathAnnotations = Override.class)
public @interface ValueStyle {}
