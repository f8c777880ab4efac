/**
 * The runtime of healthcheck: the checker, the environment dump, their JSON, and the JDK server's
 * handlers with the HTTP protocol every binding shares.
 *
 * <ul>
 *   <li>{@code dev.healthcheck.runtime}: the API a service builds and runs its checks with, and the
 *       {@link dev.healthcheck.runtime.HealthRegistry} the processor generates;</li>
 *   <li>{@code dev.healthcheck.runtime.http}: the handlers for the JDK's {@code HttpServer}, and the
 *       binding SPI ({@code BindingProtocol}, {@code Exchange}) other servers' bindings stand on.</li>
 * </ul>
 *
 * <p>A module with annotated checks declares its generated registry itself, since
 * {@link java.util.ServiceLoader} reads no service file from a named module:
 * {@code provides dev.healthcheck.runtime.HealthRegistry with com.example.GeneratedHealthRegistry;}.
 * Jackson writes the objects its sections return, so a module whose section returns its own
 * classes, records included, opens their package to {@code com.fasterxml.jackson.databind}; maps,
 * lists, strings and other JDK types need nothing.
 */
module dev.healthcheck.runtime {
  requires com.fasterxml.jackson.databind;
  requires java.management;
  requires transitive jdk.httpserver;

  exports dev.healthcheck.runtime;
  exports dev.healthcheck.runtime.http;

  uses dev.healthcheck.runtime.HealthRegistry;
}
