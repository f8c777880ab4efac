/** Health as Micrometer metrics: see {@code HealthMetrics}. */
package dev.healthcheck.micrometer;
