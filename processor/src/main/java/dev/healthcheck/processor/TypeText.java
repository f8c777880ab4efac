package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ErrorType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.SimpleTypeVisitor14;

/**
 * Types and classes as a reader writes them in source: {@code List<String>},
 * {@code Outer.Inner}, {@code GenericChecks<T>}, without packages, so messages stay short.
 */
final class TypeText {

  private TypeText() {}

  /** A type as written in source, with simple names: {@code CompletionStage<String>}. */
  static String of(TypeMirror type) {
    return type.accept(WRITER, null);
  }

  /** A class's simple name, prefixed by its enclosing classes' names: {@code Outer.Inner}. */
  static String simpleName(TypeElement type) {
    Element enclosing = type.getEnclosingElement();
    String name = type.getSimpleName().toString();
    if (isType(enclosing)) {
      return simpleName((TypeElement) enclosing) + "." + name;
    }
    return name;
  }

  /** A class with its type parameters, as it is declared: {@code GenericChecks<T>}. */
  static String declaration(TypeElement type) {
    List<? extends TypeParameterElement> parameters = type.getTypeParameters();
    if (parameters.isEmpty()) {
      return simpleName(type);
    }
    return simpleName(type)
        + parameters.stream().map(p -> p.getSimpleName().toString())
            .collect(Collectors.joining(", ", "<", ">"));
  }

  /**
   * Whether the type, or a type in its type arguments, is a class of {@code type}'s simple name
   * but not {@code type}: then simple names in a message would contradict themselves
   * ("returns CheckResult; return CheckResult").
   */
  static boolean mentionsAnother(TypeMirror mirror, ClassName type) {
    return Boolean.TRUE.equals(mirror.accept(new SimpleTypeVisitor14<Boolean, Void>(false) {
      @Override
      public Boolean visitDeclared(DeclaredType declared, Void unused) {
        if (declared.asElement() instanceof TypeElement element
            && element.getSimpleName().contentEquals(type.simpleName())
            && !element.getQualifiedName().contentEquals(type.canonicalName())) {
          return true;
        }
        return declared.getTypeArguments().stream().anyMatch(argument -> argument.accept(this, null));
      }

      @Override
      public Boolean visitArray(ArrayType array, Void unused) {
        return array.getComponentType().accept(this, null);
      }

      @Override
      public Boolean visitWildcard(WildcardType wildcard, Void unused) {
        TypeMirror bound = wildcard.getExtendsBound() != null
            ? wildcard.getExtendsBound()
            : wildcard.getSuperBound();
        return bound != null && bound.accept(this, null);
      }
    }, null));
  }

  /** An element's simple name: {@code ping}. */
  static String name(Element element) {
    return element.getSimpleName().toString();
  }

  /** A method as a reader points to it: {@code RedisChecks.ping()}. */
  static String method(Element method) {
    return simpleName((TypeElement) method.getEnclosingElement()) + "." + method.getSimpleName()
        + "()";
  }

  private static final SimpleTypeVisitor14<String, Void> WRITER =
      new SimpleTypeVisitor14<>() {
        @Override
        protected String defaultAction(TypeMirror type, Void unused) {
          return type.toString();
        }

        @Override
        public String visitDeclared(DeclaredType type, Void unused) {
          String name = simpleName((TypeElement) type.asElement());
          if (type.getTypeArguments().isEmpty()) {
            return name;
          }
          return name + type.getTypeArguments().stream().map(TypeText::of)
              .collect(Collectors.joining(", ", "<", ">"));
        }

        @Override
        public String visitError(ErrorType type, Void unused) {
          return type.toString();
        }

        @Override
        public String visitArray(ArrayType type, Void unused) {
          return of(type.getComponentType()) + "[]";
        }

        @Override
        public String visitTypeVariable(TypeVariable type, Void unused) {
          return type.asElement().getSimpleName().toString();
        }

        @Override
        public String visitWildcard(WildcardType type, Void unused) {
          if (type.getExtendsBound() != null) {
            return "? extends " + of(type.getExtendsBound());
          }
          if (type.getSuperBound() != null) {
            return "? super " + of(type.getSuperBound());
          }
          return "?";
        }
      };

  /** Whether the element is a class or interface rather than a package or method. */
  private static boolean isType(Element element) {
    ElementKind kind = element.getKind();
    return kind.isClass() || kind.isInterface();
  }
}
