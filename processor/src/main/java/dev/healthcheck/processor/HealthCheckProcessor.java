package dev.healthcheck.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Writes one {@code HealthRegistry} per compilation from its {@code @HealthCheck} and
 * {@code @EnvironmentSection} methods, with the servlets over it when {@code healthcheck-servlet}
 * and the servlet API are on the class path, and the {@code ServiceLoader} file that lets
 * {@code HealthRegistry.discover()} find it. A method that breaks a rule is a compile error on it
 * saying how to fix it; the processor never throws.
 *
 * <p>Options: {@code -Ahealthcheck.registry=com.example.AppHealthRegistry} names the registry;
 * without it, it is {@code GeneratedHealthRegistry} in the annotated classes' common package.
 *
 * <p>In a named module (a {@code module-info.java}), generated files use only what the module
 * reads: they carry {@code @javax.annotation.processing.Generated} when it reads
 * {@code java.compiler} ({@code requires static java.compiler;}), and the servlets are written
 * when it reads {@code healthcheck-servlet} and {@code jakarta.servlet}. The module declares
 * {@code provides dev.healthcheck.runtime.HealthRegistry with ...} itself: {@code ServiceLoader}
 * reads no service file from a named module.
 */
@AutoService(Processor.class)
public final class HealthCheckProcessor extends AbstractProcessor {

  /** Qualified names of the classes with annotated methods: elements do not survive rounds. */
  private final SortedSet<String> classNames = new TreeSet<>();

  /** Qualified names of the top-level classes this compilation declares, in every round so far. */
  private final Set<String> sourceClasses = new HashSet<>();

  private Elements elements;
  private Diagnostics diagnostics;
  private LocalClassRules localClassRules;
  private RegistryAssembler assembler;
  private boolean judged;
  private Optional<RegistryModel> written = Optional.empty();

  /** Called by javac, which finds the processor through its service file. */
  public HealthCheckProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    elements = environment.getElementUtils();
    diagnostics = new Diagnostics(environment.getMessager());
    localClassRules = LocalClassRules.create(environment, diagnostics);
    assembler = new RegistryAssembler(environment);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.HEALTH_CHECK, Annotations.ENVIRONMENT_SECTION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(RegistryName.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * Collects this round's annotated classes, then judges and writes the registry in the first
   * round where every type they use is resolved. Returns {@code false}: other processors may
   * want the same annotations.
   */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException failure) {
      diagnostics.print(Problem.onCompilation(Messages.internalFailure(roundName(round), failure)));
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    AnnotatedMethods found = AnnotatedMethods.scan(round, elements);
    localClassRules.validate(round);
    ElementFilter.typesIn(round.getRootElements())
        .forEach(type -> sourceClasses.add(type.getQualifiedName().toString()));
    if (judged) {
      rejectLateClasses(found.owners());
      if (round.processingOver()) {
        written.filter(RegistryModel::canCreate).ifPresent(this::writeServiceFile);
      }
      return;
    }
    classNames.addAll(found.owners());
    List<TypeElement> classes = classes();
    // Another processor may generate a missing type in the next round; the last round has no next.
    if (classes.isEmpty() || (!round.processingOver() && classes.stream().anyMatch(UnresolvedTypes::anyIn))) {
      return;
    }
    judged = true;
    Validated<RegistryModel> model =
        assembler.assemble(classes, processingEnv.getOptions(), sourceClasses);
    diagnostics.print(model.problems());
    // An error of an earlier round (a method in a local class) was printed on its element then.
    if (model.isValid() && !diagnostics.hasErrors()) {
      // Written before the last round where possible: javac warns about sources created in it.
      RegistryModel valid = model.value().orElseThrow();
      writeSources(valid);
      if (round.processingOver() && valid.canCreate()) {
        writeServiceFile(valid);
      }
    }
  }

  private List<TypeElement> classes() {
    List<TypeElement> classes = new ArrayList<>();
    for (String name : classNames) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        classes.add(type);
      }
    }
    return classes;
  }

  private void writeSources(RegistryModel model) {
    List<JavaFile> files = new ArrayList<>();
    files.add(new RegistryWriter(model).file());
    if (model.writesServlets()) {
      files.addAll(new ServletWriter(model).files());
    }
    noteWhatIsLeftOut(model);
    for (JavaFile file : files) {
      try {
        file.writeTo(processingEnv.getFiler());
      } catch (IOException failure) {
        String name = file.packageName() + "." + file.typeSpec().name();
        diagnostics.print(Problem.on(model.owners().get(0).element(),
            Messages.cannotWrite(name, failure.getMessage())));
        return;
      }
    }
    written = Optional.of(model);
  }

  /**
   * Says why the servlets or the service file are not written, and what to do instead: without
   * the service file, {@code HealthRegistry.discover()} finds nothing, and a checker with no
   * checks answers that all is well.
   */
  private void noteWhatIsLeftOut(RegistryModel model) {
    if (!model.canCreate()) {
      Owner first = model.ownersToGive().get(0);
      diagnostics.note(Messages.cannotCreate(model.registry(), model.ownersToGive()), first.element());
    } else if (model.servletsMissing().isPresent()) {
      diagnostics.note(model.servletsMissing().get(), model.owners().get(0).element());
    }
  }

  /** Written in the last round, as AutoService does: resources start no new round. */
  private void writeServiceFile(RegistryModel model) {
    try {
      new ServiceFile(processingEnv.getFiler()).write(model.registry());
    } catch (IOException failure) {
      diagnostics.print(
          Problem.onCompilation(Messages.cannotWrite(ServiceFile.PATH, failure.getMessage())));
    }
  }

  /** Classes generated after the registry was written cannot be in it: each method is an error. */
  private void rejectLateClasses(SortedSet<String> names) {
    if (written.isEmpty()) {
      return;
    }
    ClassName registry = written.get().registry();
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type == null || classNames.contains(name)) {
        continue;
      }
      for (ExecutableElement method : AnnotatedMethods.of(type)) {
        diagnostics.print(Problem.on(method, Messages.generatedTooLate(
            Annotations.label(method), method.getSimpleName().toString(), registry)));
      }
    }
  }

  private static String roundName(RoundEnvironment round) {
    return round.processingOver() ? "the last round" : "a processing round";
  }
}
