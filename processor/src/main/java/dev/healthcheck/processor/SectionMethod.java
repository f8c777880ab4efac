package dev.healthcheck.processor;

import javax.lang.model.element.ExecutableElement;

/**
 * An {@code @EnvironmentSection} method as the registry calls it.
 *
 * @param method the method's name
 * @param name the section's name: its key in the environment dump
 * @param isStatic whether it is called on the class rather than on an instance
 * @param throwsBeyondException whether it declares a {@code Throwable} that is neither an
 *     {@code Exception} nor an {@code Error}, which {@code Section.value()} cannot rethrow as is
 * @param element where it is declared: whether it is deprecated
 */
record SectionMethod(
    String method,
    String name,
    boolean isStatic,
    boolean throwsBeyondException,
    ExecutableElement element) {}
