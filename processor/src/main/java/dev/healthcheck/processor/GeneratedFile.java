package dev.healthcheck.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/**
 * What every generated source shares, whichever writer builds it: the {@code @Generated}
 * annotation, the owners as originating elements, the registry's package, JavaPoet's two-space
 * indent, and no {@code java.lang} imports.
 */
final class GeneratedFile {

  private GeneratedFile() {}

  /**
   * Adds the annotation every generated file carries where the module can read it: no date,
   * nothing that changes between builds. Without it the files are still told apart by their
   * Javadoc. Called first, so it is the class's first annotation.
   */
  static void annotate(RegistryModel model, TypeSpec.Builder type) {
    if (model.canUseGenerated()) {
      type.addAnnotation(AnnotationSpec.builder(RuntimeTypes.GENERATED)
          .addMember("value", "$S", HealthCheckProcessor.class.getCanonicalName())
          .build());
    }
  }

  /**
   * The file of {@code type} in the registry's package, built from every owner (Gradle's
   * incremental processing reruns the processor when one changes); a {@code java.lang} name that
   * a type of the package shadows is written qualified.
   */
  static JavaFile of(RegistryModel model, TypeSpec.Builder type) {
    model.owners().forEach(owner -> type.addOriginatingElement(owner.element()));
    type.alwaysQualify(model.shadowedJavaLangNames().toArray(String[]::new));
    return JavaFile.builder(model.registry().packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }
}
