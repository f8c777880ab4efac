package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything the writers need to know, decided: the registry's name and its owners, ordered by
 * qualified name, each with its methods in source order.
 *
 * @param registry the registry class to write
 * @param owners the classes with annotated methods
 * @param servletsMissing why the servlets cannot be written, when {@code healthcheck-servlet} or
 *     the servlet API it extends is not on the class path, or not read by the registry's module:
 *     the note that says so
 * @param shadowedJavaLangNames the simple names of {@code java.lang} types that a type of the
 *     registry's package shadows ({@code com.example.Error}): generated files write them qualified
 * @param usesDeprecated whether the registry uses a deprecated class, method or constructor
 * @param canUseGenerated whether generated files may carry {@code @Generated}: not in a named
 *     module that does not read {@code java.compiler}
 */
record RegistryModel(
    ClassName registry,
    List<Owner> owners,
    Optional<String> servletsMissing,
    SortedSet<String> shadowedJavaLangNames,
    boolean usesDeprecated,
    boolean canUseGenerated) {

  RegistryModel {
    owners = List.copyOf(owners);
    shadowedJavaLangNames = Collections.unmodifiableSortedSet(new TreeSet<>(shadowedJavaLangNames));
  }

  /** Whether the servlets are written: the registry can create itself, and they compile. */
  boolean writesServlets() {
    return servletsMissing.isEmpty() && canCreate();
  }

  /** The owners the registry needs an instance of and cannot construct, in the registry's order. */
  List<Owner> ownersToGive() {
    return instanceOwners().stream().filter(owner -> !owner.canConstruct()).toList();
  }

  /** The owners whose instance methods the registry calls. */
  List<Owner> instanceOwners() {
    return owners.stream().filter(Owner::needsInstance).toList();
  }

  /**
   * Whether the registry can build itself: every owner it needs an instance of can be constructed.
   * It then has {@code create()}, a public no-argument constructor and a service file entry.
   */
  boolean canCreate() {
    return ownersToGive().isEmpty();
  }
}
