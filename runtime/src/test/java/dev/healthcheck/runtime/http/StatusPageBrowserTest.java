package dev.healthcheck.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.http.contract.Chromium;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML status page in a real browser: Debian's headless Chromium loads it from a running JDK
 * server with the browser's own {@code Accept} header, and the test reads the DOM it rendered.
 */
class StatusPageBrowserTest {

  /** Output a compromised dependency might send back: it must show as text, never run. */
  private static final String HOSTILE = "<script>document.title='pwned'</script>"
      + "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";

  private HttpServer server;
  private URI base;

  @BeforeEach
  void start() throws Exception {
    Chromium.assumeInstalled();
    HealthChecker checker = HealthChecker.builder()
        .check(CheckDefinition.of("db", () -> CheckResult.ok("connected in 3 ms")).groups("readiness", "startup"))
        .check(CheckDefinition.of("search", () -> CheckResult.fail(HOSTILE)).groups("readiness"))
        .check(CheckDefinition.of("cache", () -> CheckResult.fail("cold")).critical(false))
        .build();
    server = HealthHandlers.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), checker,
        EnvironmentDump.builder().build());
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void browserRendersOneRowPerCheckAndRunsNothingFromOutputs() throws Exception {
    String dom = Chromium.dumpDom(base.resolve("/healthcheck"));
    assertTrue(dom.contains("<table id=\"checks\">"), dom);
    assertEquals(3, count(dom, "<td class=\"name\">"), dom);
    assertTrue(dom.contains("<td class=\"name\">db</td>"), dom);
    assertTrue(dom.contains("<span class=\"group\">readiness</span><span class=\"group\">startup</span>"), dom);
    assertTrue(dom.contains("failed (non-critical)"), dom);
    assertTrue(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), dom);
    assertFalse(Pattern.compile("<body[^>]*data-pwned").matcher(dom).find(), "an output's markup ran: " + dom);
    assertTrue(title(dom).startsWith("Health: failure"), dom);
  }

  @Test
  void formatHtmlRendersThePageOfAGroup() throws Exception {
    String dom = Chromium.dumpDom(base.resolve("/healthcheck/readiness?format=html"));
    assertEquals(2, count(dom, "<td class=\"name\">"), dom);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static String title(String dom) {
    Matcher title = Pattern.compile("<title>(.*?)</title>").matcher(dom);
    return title.find() ? title.group(1) : "";
  }
}
