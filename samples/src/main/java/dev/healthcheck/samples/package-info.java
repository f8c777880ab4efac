/**
 * A small service with health checks, served by embedded Jetty: {@link
 * dev.healthcheck.samples.SampleService} is the one to run. Its checks look at real things: the
 * heap and the disk of this machine, an HTTP service that is there (a stand-in the sample serves
 * itself) and a database that is not, so a failure shows.
 */
package dev.healthcheck.samples;
