/**
 * Servlets serving {@code /healthcheck} and {@code /environment} on any Servlet 6 container
 * (Jetty 12 ee10, Tomcat 11, Undertow...). They are thin: what is served, and how, is decided by
 * {@link dev.healthcheck.runtime.http.HealthEndpoint} and
 * {@link dev.healthcheck.runtime.http.EnvironmentEndpoint}, which the JDK server binding shares.
 */
package dev.healthcheck.servlet;
