package dev.healthcheck.checks;

import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Name resolution bounded by a deadline. Java 17's {@code InetAddress} has no timeout, so the
 * lookup runs on a daemon thread and the caller waits at most until its deadline. A lookup that
 * outlives its caller is shared by the next callers of the same name instead of being started
 * again, so repeated timeouts never pile up threads: at most one per name the resolver hangs on,
 * and none a few seconds after the resolver answers.
 */
final class HostLookup {

  /** The operating system's resolver, through {@code InetAddress} and its cache. */
  static final HostLookup SYSTEM = new HostLookup(InetAddress::getAllByName);

  private static final ThreadPoolExecutor LOOKUPS =
      new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
        Thread thread = new Thread(runnable, "healthcheck-checks-lookup");
        thread.setDaemon(true);
        return thread;
      });

  private final Resolver resolver;
  private final ConcurrentMap<String, CompletableFuture<InetAddress[]>> inFlight = new ConcurrentHashMap<>();

  HostLookup(Resolver resolver) {
    this.resolver = resolver;
  }

  /** Resolves a host name the way {@code InetAddress.getAllByName} does. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /**
   * The addresses of {@code host}, within the deadline.
   *
   * @throws UnknownHostException if the name does not resolve
   * @throws SocketTimeoutException if the resolver did not answer before the deadline
   */
  InetAddress[] resolve(String host, Deadline deadline) throws UnknownHostException, SocketTimeoutException, InterruptedException {
    if (isAddressLiteral(host)) {
      return InetAddress.getAllByName(host);
    }
    CompletableFuture<InetAddress[]> lookup = inFlight.computeIfAbsent(host, this::start);
    try {
      return lookup.get(deadline.remainingMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException timedOut) {
      throw new SocketTimeoutException("no address for " + host + " within " + deadline.timeout().toMillis() + " ms");
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof UnknownHostException) {
        throw (UnknownHostException) failed.getCause();
      }
      UnknownHostException unknown = new UnknownHostException(host + ": " + failed.getCause());
      unknown.initCause(failed.getCause());
      throw unknown;
    }
  }

  private CompletableFuture<InetAddress[]> start(String host) {
    CompletableFuture<InetAddress[]> lookup = new CompletableFuture<>();
    LOOKUPS.execute(() -> {
      try {
        lookup.complete(resolver.resolve(host));
      } catch (Throwable failed) {
        lookup.completeExceptionally(failed);
      } finally {
        inFlight.remove(host, lookup);
      }
    });
    return lookup;
  }

  /** IP literals resolve without a lookup, so they skip the thread hop. */
  private static boolean isAddressLiteral(String host) {
    if (host.indexOf(':') >= 0) {
      return true;
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c != '.' && (c < '0' || c > '9')) {
        return false;
      }
    }
    return !host.isEmpty();
  }
}
