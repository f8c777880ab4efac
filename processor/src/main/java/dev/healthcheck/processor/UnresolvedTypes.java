package dev.healthcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ErrorType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.SimpleTypeVisitor14;

/**
 * Finds what javac could not resolve (yet) in what the processor reads: a method's return and
 * thrown types, the thrown types of its class's no-argument constructor, and the values of its
 * annotations (a constant of a class that does not exist yet). Another processor may generate
 * them in a later round, so the registry waits for them.
 */
final class UnresolvedTypes {

  private UnresolvedTypes() {}

  /** The first unresolved type the registry would depend on for this method. */
  static Optional<TypeMirror> in(ExecutableElement method) {
    List<TypeMirror> types = new ArrayList<>();
    types.add(method.getReturnType());
    types.addAll(method.getThrownTypes());
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(owner.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()) {
        types.addAll(constructor.getThrownTypes());
      }
    }
    return types.stream().map(UnresolvedTypes::find).flatMap(Optional::stream).findFirst();
  }

  /** The problem of the first unresolved type, if the method has one. */
  static Optional<Problem> validate(ExecutableElement method, String label) {
    return in(method).map(type -> Problem.on(method,
        Messages.unresolvedType(label, method.getSimpleName().toString(), TypeText.of(type))));
  }

  /** Whether any annotated method of the class has an unresolved type or annotation value. */
  static boolean anyIn(TypeElement owner) {
    return AnnotatedMethods.of(owner).stream()
        .anyMatch(method -> in(method).isPresent() || hasErroneousValue(method));
  }

  /** Whether an annotation of ours on the method has a value javac could not compute. */
  static boolean hasErroneousValue(ExecutableElement method) {
    return Stream.of(Annotations.HEALTH_CHECK, Annotations.ENVIRONMENT_SECTION)
        .map(annotation -> Annotations.find(method, annotation))
        .flatMap(Optional::stream)
        .anyMatch(Annotations::hasErroneousValue);
  }

  private static Optional<TypeMirror> find(TypeMirror type) {
    return Optional.ofNullable(type.accept(FINDER, null));
  }

  private static final SimpleTypeVisitor14<TypeMirror, Void> FINDER =
      new SimpleTypeVisitor14<>() {
        @Override
        public TypeMirror visitError(ErrorType type, Void unused) {
          return type;
        }

        @Override
        public TypeMirror visitDeclared(DeclaredType type, Void unused) {
          for (TypeMirror argument : type.getTypeArguments()) {
            TypeMirror found = argument.accept(this, null);
            if (found != null) {
              return found;
            }
          }
          return null;
        }

        @Override
        public TypeMirror visitArray(ArrayType type, Void unused) {
          return type.getComponentType().accept(this, null);
        }

        @Override
        public TypeMirror visitWildcard(WildcardType type, Void unused) {
          TypeMirror bound =
              type.getExtendsBound() != null ? type.getExtendsBound() : type.getSuperBound();
          return bound == null ? null : bound.accept(this, null);
        }
      };
}
