package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything the writers need to know, decided: the registry's name and its owners, ordered by
 * qualified name, each with its methods in source order.
 *
 * @param registry the registry class to write
 * @param owners the classes with annotated methods
 * @param servletsAvailable whether {@code healthcheck-servlet} and the servlet API it extends are
 *     on the compile class path, readable from the registry's module
 * @param shadowedJavaLangNames the simple names of {@code java.lang} types that a type of the
 *     registry's package shadows ({@code com.example.Error}): generated files write them qualified
 * @param usesDeprecated whether the registry uses a deprecated class, method or constructor
 * @param canUseGenerated whether generated files may carry {@code @Generated}: not in a named
 *     module that does not read {@code java.compiler}
 */
record RegistryModel(
    ClassName registry,
    List<Owner> owners,
    boolean servletsAvailable,
    SortedSet<String> shadowedJavaLangNames,
    boolean usesDeprecated,
    boolean canUseGenerated) {

  RegistryModel {
    owners = List.copyOf(owners);
    shadowedJavaLangNames = Collections.unmodifiableSortedSet(new TreeSet<>(shadowedJavaLangNames));
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
    return instanceOwners().stream().allMatch(Owner::canConstruct);
  }
}
