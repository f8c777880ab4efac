package dev.healthcheck.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.healthcheck.runtime.HealthFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Content negotiation: which format an {@code Accept} header gets, whatever it holds. */
class AcceptHeaderTest {

  @Test
  void acceptHeaderChoosesTheFormat() {
    assertEquals(HealthFormat.PY_HEALTHCHECK, AcceptHeader.format(null));
    assertEquals(HealthFormat.PY_HEALTHCHECK, AcceptHeader.format(""));
    assertEquals(HealthFormat.PY_HEALTHCHECK, AcceptHeader.format("*/*"));
    assertEquals(HealthFormat.PY_HEALTHCHECK, AcceptHeader.format("application/json"));
    assertEquals(HealthFormat.HEALTH_JSON, AcceptHeader.format("application/health+json"));
    assertEquals(HealthFormat.HEALTH_JSON,
        AcceptHeader.format("application/health+json, application/json;q=0.9"));
    assertEquals(HealthFormat.HEALTH_JSON, AcceptHeader.format("Application/Health+JSON; charset=utf-8"));
    assertEquals(HealthFormat.PY_HEALTHCHECK,
        AcceptHeader.format("application/json, application/health+json;q=0.5"));
    assertEquals(HealthFormat.PY_HEALTHCHECK, AcceptHeader.format("application/health+json;q=0"));
    assertEquals(HealthFormat.PY_HEALTHCHECK, AcceptHeader.format("application/health+json;q=oops"));
  }

  @Test
  void htmlWhenTextHtmlIsPreferredToJson() {
    String chrome = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
        + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    String firefox = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    assertEquals(HealthFormat.HTML, AcceptHeader.format(chrome));
    assertEquals(HealthFormat.HTML, AcceptHeader.format(firefox));
    assertEquals(HealthFormat.HTML, AcceptHeader.format("text/html"));
    assertEquals(HealthFormat.HTML, AcceptHeader.format("text/*, */*;q=0.5"));
    assertEquals(HealthFormat.HTML, AcceptHeader.format("application/json;q=0.5, text/html"));
  }

  @Test
  void jsonWhenHtmlIsNotPreferred() {
    assertEquals(HealthFormat.PY_HEALTHCHECK, AcceptHeader.format("*/*"));
    assertEquals(HealthFormat.PY_HEALTHCHECK, AcceptHeader.format("application/json, text/html"));
    assertEquals(HealthFormat.PY_HEALTHCHECK, AcceptHeader.format("text/html;q=0.5, application/json"));
    assertEquals(HealthFormat.PY_HEALTHCHECK, AcceptHeader.format("text/html;q=0, */*"));
    assertEquals(HealthFormat.PY_HEALTHCHECK, AcceptHeader.format("text/html;q=0.8, */*"));
    assertEquals(HealthFormat.HEALTH_JSON, AcceptHeader.format("text/html, application/health+json"));
    assertEquals(HealthFormat.HEALTH_JSON, AcceptHeader.format("application/health+json, text/html;q=0.9"));
  }

  @Test
  void malformedHeadersGetTheDefault() {
    for (String accept : List.of(";", ",", ";;,;", " ; q=1", ",,,", "application/health+json;q=NaN",
        "application/health+json;q=Infinity", "application/health+json;q=1e0", "application/health+json;q=0x1p0",
        "application/health+json;q=2", "application/health+json;q=-1", "application/health+json;q=",
        "/", "application/", "\u0000", "\u00e9/\u00e9;q=\u0661")) {
      assertEquals(HealthFormat.PY_HEALTHCHECK, AcceptHeader.format(accept), accept);
    }
  }

  @Test
  void parametersBeforeTheQualityAreSkipped() {
    assertEquals(HealthFormat.HEALTH_JSON,
        AcceptHeader.format("application/json;q=0.2, application/health+json;v=1;q=0.3"));
    assertEquals(HealthFormat.PY_HEALTHCHECK,
        AcceptHeader.format("application/json;q=0.4, application/health+json;v=1;q=0.3"));
  }

  @Test
  void seededRandomHeadersNeverThrow() {
    long seed = 20261130L;
    Random random = new Random(seed);
    String alphabet = ";,=q/ *+.-0123456789aehjlnopstx\t\"\\\u00e9\u0000";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder accept = new StringBuilder();
      int length = random.nextInt(40);
      for (int j = 0; j < length; j++) {
        accept.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String value = accept.toString();
      HealthFormat format = AcceptHeader.format(value); // must not throw
      assertEquals(format, AcceptHeader.format(value), "seed " + seed + ", header '" + value + "'");
    }
  }
}
