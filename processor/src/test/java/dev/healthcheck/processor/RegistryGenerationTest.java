package dev.healthcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.healthcheck.processor.Compilations.compile;
import static dev.healthcheck.processor.Compilations.javac;
import static dev.healthcheck.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Every accepted shape: the compilation succeeds without warnings, and the registry is golden. */
class RegistryGenerationTest {

  private static final String REGISTRY = "com.example.GeneratedHealthRegistry";
  private static final String SERVICE_FILE = "META-INF/services/dev.healthcheck.runtime.HealthRegistry";

  @Test
  void writesEveryReturnShape(TestInfo test) {
    Compilation compilation = compile(source("com.example.ShapeChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;
        import dev.healthcheck.runtime.CheckResult;
        import java.util.concurrent.CompletableFuture;
        import java.util.concurrent.CompletionStage;

        public class ShapeChecks {
          @HealthCheck
          public CheckResult result() {
            return CheckResult.ok("fine");
          }

          @HealthCheck
          public boolean flag() {
            return true;
          }

          @HealthCheck
          public void touch() {}

          @HealthCheck
          public CompletionStage<CheckResult> remote() {
            return CompletableFuture.completedFuture(CheckResult.ok("remote"));
          }

          @HealthCheck
          public CompletableFuture<CheckResult> future() {
            return CompletableFuture.completedFuture(CheckResult.ok("future"));
          }

          @HealthCheck
          public static CheckResult staticResult() throws Exception {
            return CheckResult.ok("static");
          }

          @HealthCheck
          public static boolean staticFlag() {
            return true;
          }

          @HealthCheck
          public static void staticTouch() throws java.io.IOException {}
        }
        """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void carriesNameGroupsTimeoutAndCritical(TestInfo test) {
    Compilation compilation = compile(source("com.example.RedisChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;
        import dev.healthcheck.runtime.CheckResult;

        public class RedisChecks {
          @HealthCheck(name = "redis", groups = {"readiness", "startup"}, timeoutMillis = 500)
          public CheckResult ping() {
            return CheckResult.ok("pong");
          }

          @HealthCheck(name = "redis.replica-1", groups = "liveness", critical = false)
          public boolean replica() {
            return true;
          }

          @HealthCheck(timeoutMillis = 5_000_000_000L, critical = true)
          public void slow() {}
        }
        """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void carriesSuccessTtl(TestInfo test) {
    assertGolden(compile(operationsCheck("successTtlMillis = 5000")), test, REGISTRY);
  }
  @Test
  void carriesFailedTtlOfZeroThatNeverCaches(TestInfo test) {
    assertGolden(compile(operationsCheck("failedTtlMillis = 0")), test, REGISTRY);
  }
  @Test
  void carriesRefreshPeriodBeyondAnInt(TestInfo test) {
    assertGolden(compile(operationsCheck("refreshMillis = 5_000_000_000L")), test, REGISTRY);
  }
  @Test
  void carriesFailureThreshold(TestInfo test) {
    assertGolden(compile(operationsCheck("failureThreshold = 3")), test, REGISTRY);
  }
  @Test
  void carriesSuccessThreshold(TestInfo test) {
    assertGolden(compile(operationsCheck("successThreshold = 2")), test, REGISTRY);
  }
  @Test
  void carriesEveryOperationsAttributeAfterTheOthers(TestInfo test) {
    assertGolden(compile(operationsCheck("groups = \"readiness\", timeoutMillis = 500,"
            + " critical = false, successTtlMillis = 60_000, failedTtlMillis = 1_000,"
            + " refreshMillis = 15_000, failureThreshold = 3, successThreshold = 2")),
        test, REGISTRY);
  }

  @Test
  void leavesOutOperationsAttributesWrittenWithTheirDefaults(TestInfo test) {
    assertGolden(compile(operationsCheck("successTtlMillis = -1, failedTtlMillis = -1,"
            + " refreshMillis = 0, failureThreshold = 1, successThreshold = 1")),
        test, REGISTRY);
  }

  /** A class with one check whose annotation has these attributes. */
  private static JavaFileObject operationsCheck(String attributes) {
    return source("com.example.QueueChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class QueueChecks {
          @HealthCheck(%s)
          public boolean depth() {
            return true;
          }
        }
        """.formatted(attributes));
  }

  @Test
  void writesSectionsAfterChecks(TestInfo test) {
    Compilation compilation = compile(source("com.example.AppInfo", """
        package com.example;

        import dev.healthcheck.annotations.EnvironmentSection;
        import dev.healthcheck.annotations.HealthCheck;
        import java.util.List;
        import java.util.Map;

        public class AppInfo {
          @EnvironmentSection("application")
          public static Map<String, String> application() {
            return Map.of("maintainer", "ops");
          }

          @HealthCheck
          public boolean alive() {
            return true;
          }

          @EnvironmentSection("build_number")
          public int buildNumber() {
            return 42;
          }

          @EnvironmentSection("features")
          public List<String> features() throws java.io.IOException {
            return List.of("a");
          }
        }
        """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void staticMethodsNeedNoInstance(TestInfo test) {
    Compilation compilation = compile(source("com.example.DiskChecks", """
        package com.example;

        import dev.healthcheck.annotations.EnvironmentSection;
        import dev.healthcheck.annotations.HealthCheck;

        public final class DiskChecks {
          private DiskChecks() {}

          @HealthCheck(groups = "liveness")
          public static boolean free() {
            return true;
          }

          @EnvironmentSection("disk")
          public static String disk() {
            return "/dev/sda1";
          }
        }
        """));

    assertGolden(compilation, test, REGISTRY);
    assertServiceFile(compilation, REGISTRY);
  }

  @Test
  void classWithoutNoArgumentConstructorHasOnlyTheBuilder(TestInfo test) {
    Compilation compilation = compile(
        source("com.example.MailChecks", """
            package com.example;

            import dev.healthcheck.annotations.HealthCheck;

            public class MailChecks {
              private final String host;

              public MailChecks(String host) {
                this.host = host;
              }

              @HealthCheck
              public boolean smtp() {
                return !host.isEmpty();
              }
            }
            """),
        source("com.example.QueueChecks", """
            package com.example;

            import dev.healthcheck.annotations.HealthCheck;

            public interface QueueChecks {
              @HealthCheck
              boolean depth();
            }
            """),
        source("com.example.PingChecks", """
            package com.example;

            import dev.healthcheck.annotations.HealthCheck;

            public class PingChecks {
              @HealthCheck
              public boolean ping() {
                return true;
              }
            }
            """));

    assertGolden(compilation, test, REGISTRY);
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE).isEmpty(),
        "a registry without create() has no service file: ServiceLoader could not build it");
  }

  @Test
  void ordersClassesByQualifiedNameInTheirCommonPackage(TestInfo test) {
    Compilation compilation = compile(
        source("com.example.web.WebChecks", """
            package com.example.web;

            import dev.healthcheck.annotations.HealthCheck;

            public class WebChecks {
              @HealthCheck
              public boolean web() {
                return true;
              }
            }
            """),
        source("com.example.db.DbChecks", """
            package com.example.db;

            import dev.healthcheck.annotations.HealthCheck;

            public class DbChecks {
              @HealthCheck
              public boolean db() {
                return true;
              }

              @HealthCheck
              public boolean pool() {
                return true;
              }
            }
            """),
        source("com.example.db.AuditChecks", """
            package com.example.db;

            import dev.healthcheck.annotations.HealthCheck;

            public class AuditChecks {
              @HealthCheck
              public static boolean audit() {
                return true;
              }
            }
            """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void namesTheRegistryFromTheOption(TestInfo test) {
    Compilation compilation = javac("-Ahealthcheck.registry=com.acme.health.AppHealthRegistry")
        .compile(
            source("org.one.OneChecks", """
                package org.one;

                import dev.healthcheck.annotations.HealthCheck;

                public class OneChecks {
                  @HealthCheck
                  public static boolean one() {
                    return true;
                  }
                }
                """),
            source("net.two.TwoChecks", """
                package net.two;

                import dev.healthcheck.annotations.HealthCheck;

                public class TwoChecks {
                  @HealthCheck
                  public boolean two() {
                    return true;
                  }
                }
                """));

    assertGolden(compilation, test, "com.acme.health.AppHealthRegistry");
    assertServiceFile(compilation, "com.acme.health.AppHealthRegistry");
  }

  @Test
  void namesARegistryInTheUnnamedPackageFromTheOption(TestInfo test) {
    Compilation compilation = javac("-Ahealthcheck.registry=AppHealthRegistry")
        .compile(source("Checks", """
            import dev.healthcheck.annotations.HealthCheck;

            public class Checks {
              @HealthCheck
              public boolean ping() {
                return true;
              }
            }
            """));

    assertGolden(compilation, test, "AppHealthRegistry");
    assertServiceFile(compilation, "AppHealthRegistry");
  }

  @Test
  void acceptsNestedClassesInterfacesRecordsAndEnums(TestInfo test) {
    Compilation compilation = compile(source("com.example.Checks", """
        package com.example;

        import dev.healthcheck.annotations.EnvironmentSection;
        import dev.healthcheck.annotations.HealthCheck;

        public class Checks {
          public static class Cache {
            @HealthCheck
            public boolean warm() {
              return true;
            }
          }

          public interface Limits {
            @HealthCheck
            static boolean withinLimits() {
              return true;
            }
          }

          public record Version() {
            @EnvironmentSection("version")
            public String version() {
              return "1.0";
            }
          }

          public enum Mode {
            ACTIVE;

            @HealthCheck
            public boolean active() {
              return this == ACTIVE;
            }
          }

          @HealthCheck
          public boolean outer() {
            return true;
          }
        }
        """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void callsPackagePrivateAndProtectedMethodsInTheRegistryPackage(TestInfo test) {
    Compilation compilation = compile(source("com.example.LocalChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        class LocalChecks {
          LocalChecks() {}

          @HealthCheck
          boolean packagePrivate() {
            return true;
          }

          @HealthCheck
          protected static boolean isProtected() {
            return true;
          }
        }
        """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void rethrowsThrowablesThroughACompletionException(TestInfo test) {
    Compilation compilation = compile(source("com.example.LegacyChecks", """
        package com.example;

        import dev.healthcheck.annotations.EnvironmentSection;
        import dev.healthcheck.annotations.HealthCheck;
        import dev.healthcheck.runtime.CheckResult;

        public class LegacyChecks {
          @HealthCheck
          public CheckResult result() throws Throwable {
            return CheckResult.ok("");
          }

          @HealthCheck
          public static boolean flag() throws Throwable {
            return true;
          }

          @HealthCheck
          public void touch() throws Throwable {}

          @EnvironmentSection("legacy")
          public String legacy() throws Throwable {
            return "";
          }
        }
        """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void tellsClassesOfTheSameNameApartByPackage(TestInfo test) {
    Compilation compilation = compile(
        source("com.example.a.Checks", """
            package com.example.a;

            import dev.healthcheck.annotations.HealthCheck;

            public class Checks {
              @HealthCheck(name = "a")
              public boolean check() {
                return true;
              }
            }
            """),
        source("com.example.b.Checks", """
            package com.example.b;

            import dev.healthcheck.annotations.HealthCheck;

            public class Checks {
              @HealthCheck(name = "b")
              public boolean check() {
                return true;
              }
            }
            """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void givesEachClassItsOwnNamesWhateverTheClash(TestInfo test) {
    Compilation compilation = compile(
        source("com.example.DbChecks", """
            package com.example;

            import dev.healthcheck.annotations.HealthCheck;

            public class DbChecks {
              @HealthCheck
              public boolean pool() {
                return true;
              }
            }
            """),
        source("com.example.Db", """
            package com.example;

            import dev.healthcheck.annotations.HealthCheck;

            public class Db {
              public static class Checks {
                @HealthCheck
                public boolean replica() {
                  return true;
                }
              }
            }
            """),
        source("com.example.a.Checks", """
            package com.example.a;

            import dev.healthcheck.annotations.HealthCheck;

            public class Checks {
              @HealthCheck
              public boolean a() {
                return true;
              }
            }
            """),
        source("com.example.b.Checks", """
            package com.example.b;

            import dev.healthcheck.annotations.HealthCheck;

            public class Checks {
              @HealthCheck
              public boolean b() {
                return true;
              }
            }
            """),
        source("com.example.ComExampleAChecks", """
            package com.example;

            import dev.healthcheck.annotations.HealthCheck;

            public class ComExampleAChecks {
              @HealthCheck
              public boolean named() {
                return true;
              }
            }
            """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void qualifiesJavaLangNamesThatTypesOfTheRegistryPackageShadow(TestInfo test) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name : List.of("Error", "Override", "Exception", "Object", "Throwable",
        "AssertionError", "IllegalStateException")) {
      sources.add(source("com.example." + name,
          "package com.example;\n\n/** Not a health check. */\npublic record " + name + "() {}\n"));
    }
    sources.add(source("com.example.checks.LegacyChecks", """
        package com.example.checks;

        import dev.healthcheck.annotations.EnvironmentSection;
        import dev.healthcheck.annotations.HealthCheck;

        public class LegacyChecks {
          public LegacyChecks(String host) {}

          @HealthCheck
          public boolean ping() throws Throwable {
            return true;
          }

          @EnvironmentSection("legacy")
          public String legacy() {
            return "legacy";
          }
        }
        """));

    Compilation compilation = javac("-Ahealthcheck.registry=com.example.AppHealthRegistry")
        .compile(sources);

    assertGolden(compilation, test, "com.example.AppHealthRegistry");
  }

  @Test
  void callsADeprecatedCheckWithoutWarnings(TestInfo test) {
    Compilation compilation = compile(source("com.example.OldChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class OldChecks {
          /** Kept for old monitors. @deprecated use {@link #current()} */
          @Deprecated
          @HealthCheck
          public boolean legacy() {
            return true;
          }

          @HealthCheck
          public boolean current() {
            return true;
          }
        }
        """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void callsAStaticCheckDeprecatedForRemovalWithoutWarnings(TestInfo test) {
    Compilation compilation = compile(source("com.example.OldChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public final class OldChecks {
          private OldChecks() {}

          /** Kept for one more release. @deprecated no replacement */
          @Deprecated(forRemoval = true)
          @HealthCheck
          public static boolean doomed() {
            return true;
          }
        }
        """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void callsChecksOfADeprecatedClassWithoutWarnings(TestInfo test) {
    Compilation compilation = compile(source("com.example.OldChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        /** Kept for old monitors. @deprecated use NewChecks */
        @Deprecated
        public class OldChecks {
          @HealthCheck
          public boolean legacy() {
            return true;
          }
        }
        """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void constructsWithADeprecatedConstructorWithoutWarnings(TestInfo test) {
    Compilation compilation = compile(source("com.example.PoolChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class PoolChecks {
          /** A pool of the default size. @deprecated give the size */
          @Deprecated(forRemoval = true)
          public PoolChecks() {}

          public PoolChecks(int size) {}

          @HealthCheck
          public boolean pool() {
            return true;
          }
        }
        """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void keepsUserNamesApartFromGeneratedOnes(TestInfo test) {
    Compilation compilation = compile(
        source("com.example.Builder", """
            package com.example;

            import dev.healthcheck.annotations.HealthCheck;

            public class Builder {
              @HealthCheck
              public boolean build() {
                return true;
              }
            }
            """),
        source("com.example.Check", """
            package com.example;

            import dev.healthcheck.annotations.HealthCheck;

            public class Check {
              @HealthCheck
              public boolean checks() {
                return true;
              }
            }
            """),
        source("com.example.Method", """
            package com.example;

            import dev.healthcheck.annotations.EnvironmentSection;

            public class Method {
              @EnvironmentSection("method")
              public String method() {
                return "method";
              }
            }
            """));

    assertGolden(compilation, test, REGISTRY);
  }

  @Test
  void writesNothingWithoutAnnotatedMethods() {
    Compilation compilation = compile(source("com.example.Plain", """
        package com.example;

        public class Plain {}
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(0, compilation.generatedSourceFiles().size());
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE).isEmpty());
  }

  @Test
  void writesByteIdenticalOutputWhateverTheSourceOrder() {
    JavaFileObject first = source("com.example.b.BChecks", """
        package com.example.b;

        public class BChecks {
          @dev.healthcheck.annotations.HealthCheck(groups = {"x", "y"})
          public boolean b() {
            return true;
          }
        }
        """);
    JavaFileObject second = source("com.example.a.AChecks", """
        package com.example.a;

        public class AChecks {
          @dev.healthcheck.annotations.EnvironmentSection("a")
          public static String a() {
            return "a";
          }
        }
        """);

    Compilation one = compile(first, second);
    Compilation two = compile(second, first);

    assertThat(one).succeededWithoutWarnings();
    assertThat(two).succeededWithoutWarnings();
    assertEquals(
        Golden.contents(one.generatedSourceFile(REGISTRY).orElseThrow()),
        Golden.contents(two.generatedSourceFile(REGISTRY).orElseThrow()));
  }

  private static void assertGolden(Compilation compilation, TestInfo test, String registry) {
    assertThat(compilation).succeededWithoutWarnings();
    Golden.assertGenerated(compilation, test, registry);
  }

  private static void assertServiceFile(Compilation compilation, String registry) {
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE)
        .contentsAsUtf8String()
        .isEqualTo(registry + "\n");
  }
}
