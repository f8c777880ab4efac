package dev.healthcheck.processor;

import javax.lang.model.element.ExecutableElement;

/**
 * An annotated method that passed {@link MethodRules}: it takes no parameters, the registry can
 * see it, and javac resolved every type it uses. The rules on what a check or section returns
 * take one, so they cannot run before those.
 *
 * @param element the method
 */
record CallableMethod(ExecutableElement element) {}
