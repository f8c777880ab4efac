package dev.healthcheck.runtime.http;

/**
 * One HTTP request to an {@link Endpoint}, in the terms every server can give. Part of the binding
 * SPI, for writing a binding to another server (see the package documentation).
 *
 * @param method the HTTP method, e.g. {@code GET}; methods are case-sensitive (RFC 9110)
 * @param path the decoded part of the path after the endpoint's mount point: {@code null},
 *     {@code ""} or {@code "/"} for the endpoint itself, {@code "/readiness"} for one name below it
 * @param rawQuery the query string as sent, still percent-encoded, without the {@code ?};
 *     {@code null} when there is none
 * @param accept the request's {@code Accept} header (several joined with commas), or {@code null}
 * @param detailsAllowed whether this caller may see details: the checks' results, the environment;
 *     the binding asks its {@link DetailsPolicy}, and takes a policy that throws as a refusal
 */
public record EndpointRequest(
    String method, String path, String rawQuery, String accept, boolean detailsAllowed) {}
