package dev.healthcheck.benchmarks;

import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Runs a processor and adds up the time javac spends inside it: init and every round. */
final class TimedProcessor implements Processor {

  private final Processor processor;
  private long nanos;

  TimedProcessor(Processor processor) {
    this.processor = processor;
  }

  /** The time spent in {@link #init} and {@link #process} so far. */
  long nanos() {
    return nanos;
  }

  @Override
  public void init(ProcessingEnvironment environment) {
    long start = System.nanoTime();
    processor.init(environment);
    nanos += System.nanoTime() - start;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = System.nanoTime();
    try {
      return processor.process(annotations, round);
    } finally {
      nanos += System.nanoTime() - start;
    }
  }

  @Override
  public Set<String> getSupportedOptions() {
    return processor.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return processor.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return processor.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String text) {
    return processor.getCompletions(element, annotation, member, text);
  }
}
