/** Built-in health checks that use the JDK alone: see {@code Checks}. */
package dev.healthcheck.checks;
