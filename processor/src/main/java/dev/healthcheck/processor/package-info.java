/**
 * The annotation processor that writes a health registry, read top to bottom: each round runs
 * the steps in this order, and each step leaves the next ones' work alone.
 *
 * <table>
 *   <caption>The steps of the processor</caption>
 *   <tr><th>step</th><th>files</th><th>does</th></tr>
 *   <tr><td>rounds</td><td>{@code HealthCheckProcessor}</td>
 *       <td>options, round bookkeeping, calls the steps in order, prints what they return</td></tr>
 *   <tr><td>scan</td><td>{@code AnnotatedMethods}, {@code LocalClassRules}</td>
 *       <td>this round's classes with annotated methods, by qualified name; methods in local and
 *       anonymous classes, which the registry cannot name</td></tr>
 *   <tr><td>validate</td><td>{@code RegistryName}, {@code OwnerRules}, {@code AccessRules},
 *       {@code MethodRules}, {@code CheckRules}, {@code SectionRules}, {@code NameRules},
 *       {@code AttributeReader}</td>
 *       <td>one small method per rule of DESIGN.md; each returns its {@code Problem}s (message,
 *       element, annotation, value) or a {@code Validated} value the next rule needs, such as
 *       the {@code CallableMethod} the return-type rules take</td></tr>
 *   <tr><td>model</td><td>{@code RegistryAssembler}, {@code RegistryModel}, {@code Owner},
 *       {@code OwnerNames}, {@code CheckMethod}, {@code CheckAttributes}, {@code SectionMethod}</td>
 *       <td>immutable facts, built only when no rule found a problem: names, return shapes,
 *       attributes, what the registry can construct and what the module reads</td></tr>
 *   <tr><td>write</td><td>{@code RegistryWriter}, {@code BuilderWriter}, {@code CallsWriter},
 *       {@code ServletWriter}, {@code GeneratedFile}, {@code ServiceFile}</td>
 *       <td>JavaPoet and the {@code Filer} only; no decisions</td></tr>
 *   <tr><td>all</td><td>{@code Messages}, {@code Diagnostics}</td>
 *       <td>every sentence a user can read; printing problems as errors and notes</td></tr>
 * </table>
 *
 * <p>Only {@link dev.healthcheck.processor.HealthCheckProcessor} is public.
 */
package dev.healthcheck.processor;
