package dev.healthcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.healthcheck.processor.Compilations.compile;
import static dev.healthcheck.processor.Compilations.javac;
import static dev.healthcheck.processor.Compilations.source;
import static dev.healthcheck.processor.ErrorAssertions.assertError;
import static dev.healthcheck.processor.ErrorAssertions.assertOnlyError;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every rejected shape: exactly one error, with the whole message, on the line at fault. Each source breaks one rule of DESIGN.md's "Allowed shapes".
 */
class RegistryErrorsTest {

  /** A class in com.example with these members, and the imports they need. */
  private static JavaFileObject checks(String members) {
    return source("com.example.Checks", """
        package com.example;

        import dev.healthcheck.annotations.EnvironmentSection;
        import dev.healthcheck.annotations.HealthCheck;
        import dev.healthcheck.runtime.CheckResult;
        import java.util.concurrent.CompletionStage;

        public class Checks {
        %s}
        """.formatted(members.indent(2)));
  }

  private static void assertRejected(JavaFileObject source, String message, String marker) {
    assertOnlyError(compile(source), message, source, marker);
  }

  @Test
  void rejectsCheckWithParameters() {
    assertRejected(checks("""
            @HealthCheck
            public boolean ping(int times) {
              return true;
            }
            """),
        "@HealthCheck method 'ping' must not take parameters; health checks are called with no"
            + " arguments",
        "ping(int times)");
  }

  @Test
  void rejectsSectionWithParameters() {
    assertRejected(checks("""
            @EnvironmentSection("app")
            public String app(String key) {
              return key;
            }
            """),
        "@EnvironmentSection method 'app' must not take parameters; sections are computed with no"
            + " arguments",
        "app(String key)");
  }

  @Test
  void rejectsPrivateMethod() {
    assertRejected(checks("""
            @HealthCheck
            private boolean ping() {
              return true;
            }
            """),
        "@HealthCheck method 'ping' is private, so com.example.GeneratedHealthRegistry cannot call"
            + " it; make it public or package-private",
        "ping()");
  }

  @Test
  void rejectsPackagePrivateMethodOutsideTheRegistryPackage() {
    JavaFileObject hidden = source("com.example.db.DbChecks", """
        package com.example.db;

        import dev.healthcheck.annotations.HealthCheck;

        public class DbChecks {
          @HealthCheck
          boolean db() {
            return true;
          }
        }
        """);
    JavaFileObject other = source("com.example.web.WebChecks", """
        package com.example.web;

        import dev.healthcheck.annotations.HealthCheck;

        public class WebChecks {
          @HealthCheck
          public static boolean web() {
            return true;
          }
        }
        """);

    Compilation compilation = compile(hidden, other);

    assertOnlyError(compilation,
        "@HealthCheck method 'db' is not visible from com.example.GeneratedHealthRegistry; make it"
            + " public or move it to com.example",
        hidden, "boolean db()");
  }

  @Test
  void rejectsPrivateMethodOutsideTheRegistryPackage() {
    JavaFileObject source = source("com.example.db.DbChecks", """
        package com.example.db;

        import dev.healthcheck.annotations.EnvironmentSection;

        public class DbChecks {
          @EnvironmentSection("db")
          private static String db() {
            return "";
          }
        }
        """);

    Compilation compilation = javac("-Ahealthcheck.registry=com.example.AppHealthRegistry")
        .compile(source);

    assertOnlyError(compilation,
        "@EnvironmentSection method 'db' is private, so com.example.AppHealthRegistry cannot call"
            + " it; make it public",
        source, "String db()");
  }

  @Test
  void rejectsStringReturnType() {
    assertRejected(checks("""
            @HealthCheck
            public String ping() {
              return "pong";
            }
            """),
        "@HealthCheck method 'ping' returns String; return CheckResult, boolean, void or"
            + " CompletionStage<CheckResult>",
        "String ping()");
  }

  @Test
  void rejectsBoxedBoolean() {
    assertRejected(checks("""
            @HealthCheck
            public Boolean ping() {
              return true;
            }
            """),
        "@HealthCheck method 'ping' returns Boolean; return CheckResult, boolean, void or"
            + " CompletionStage<CheckResult>",
        "Boolean ping()");
  }

  @Test
  void rejectsCompletionStageOfAnotherType() {
    assertRejected(checks("""
            @HealthCheck
            public CompletionStage<String> ping() {
              return null;
            }
            """),
        "@HealthCheck method 'ping' returns CompletionStage<String>; return CheckResult, boolean,"
            + " void or CompletionStage<CheckResult>",
        "ping()");
  }

  @Test
  void rejectsRawCompletionStage() {
    assertRejected(checks("""
            @HealthCheck
            @SuppressWarnings("rawtypes")
            public CompletionStage ping() {
              return null;
            }
            """),
        "@HealthCheck method 'ping' returns CompletionStage; return CheckResult, boolean, void or"
            + " CompletionStage<CheckResult>",
        "ping()");
  }

  @Test
  void rejectsCheckResultOfAnotherPackageInQualifiedNames() {
    JavaFileObject result = source("com.example.CheckResult", """
        package com.example;

        public record CheckResult(boolean ok) {}
        """);
    JavaFileObject source = source("com.example.Checks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class Checks {
          @HealthCheck
          public CheckResult mine() {
            return new CheckResult(true);
          }
        }
        """);

    assertOnlyError(compile(result, source),
        "@HealthCheck method 'mine' returns com.example.CheckResult; return"
            + " dev.healthcheck.runtime.CheckResult, boolean, void or"
            + " java.util.concurrent.CompletionStage<dev.healthcheck.runtime.CheckResult>",
        source, "CheckResult mine()");
  }

  @Test
  void rejectsCompletionStageOfAnotherCheckResultInQualifiedNames() {
    JavaFileObject result = source("com.example.CheckResult", """
        package com.example;

        public record CheckResult(boolean ok) {}
        """);
    JavaFileObject source = source("com.example.Checks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;
        import java.util.concurrent.CompletionStage;

        public class Checks {
          @HealthCheck
          public CompletionStage<CheckResult> later() {
            return null;
          }
        }
        """);

    assertOnlyError(compile(result, source),
        "@HealthCheck method 'later' returns"
            + " java.util.concurrent.CompletionStage<com.example.CheckResult>; return"
            + " dev.healthcheck.runtime.CheckResult, boolean, void or"
            + " java.util.concurrent.CompletionStage<dev.healthcheck.runtime.CheckResult>",
        source, "CheckResult> later()");
  }

  @Test
  void rejectsVoidSection() {
    assertRejected(checks("""
            @EnvironmentSection("app")
            public void app() {}
            """),
        "@EnvironmentSection method 'app' returns void; return the section's value, such as a"
            + " map, a record or a string",
        "void app()");
  }

  @Test
  void rejectsZeroTimeoutOnTheAttribute() {
    assertRejected(checks("""
            @HealthCheck(
                name = "ping",
                timeoutMillis = 0)
            public boolean ping() {
              return true;
            }
            """),
        "@HealthCheck method 'ping' has timeoutMillis = 0; use a positive number of milliseconds,"
            + " or -1 for the runner's default timeout",
        "timeoutMillis = 0");
  }

  @Test
  void rejectsNegativeTimeoutOtherThanMinusOne() {
    assertRejected(checks("""
            @HealthCheck(timeoutMillis = -500)
            public boolean ping() {
              return true;
            }
            """),
        "@HealthCheck method 'ping' has timeoutMillis = -500; use a positive number of"
            + " milliseconds, or -1 for the runner's default timeout",
        "timeoutMillis = -500");
  }

  @Test
  void rejectsNegativeSuccessTtlOtherThanMinusOne() {
    assertRejected(checks("""
            @HealthCheck(
                name = "ping",
                successTtlMillis = -2)
            public boolean ping() {
              return true;
            }
            """),
        "@HealthCheck method 'ping' has successTtlMillis = -2; "
            + "use a positive number of milliseconds, 0 to run the check on every call, or -1 for the runner's TTL",
        "successTtlMillis = -2");
  }

  @Test
  void rejectsNegativeFailedTtlOtherThanMinusOne() {
    assertRejected(checks("""
            @HealthCheck(
                name = "ping",
                failedTtlMillis = -1000)
            public boolean ping() {
              return true;
            }
            """),
        "@HealthCheck method 'ping' has failedTtlMillis = -1000; "
            + "use a positive number of milliseconds, 0 to run the check on every call, or -1 for the runner's TTL",
        "failedTtlMillis = -1000");
  }

  @Test
  void rejectsNegativeRefreshPeriod() {
    assertRejected(checks("""
            @HealthCheck(
                name = "ping",
                refreshMillis = -1)
            public boolean ping() {
              return true;
            }
            """),
        "@HealthCheck method 'ping' has refreshMillis = -1; "
            + "use a positive number of milliseconds to refresh the check in the background, or 0 to run it on requests",
        "refreshMillis = -1");
  }

  @Test
  void rejectsFailureThresholdBelowOne() {
    assertRejected(checks("""
            @HealthCheck(
                name = "ping",
                failureThreshold = 0)
            public boolean ping() {
              return true;
            }
            """),
        "@HealthCheck method 'ping' has failureThreshold = 0; "
            + "use a number of runs in a row of at least 1 (1 reports every run as it is)",
        "failureThreshold = 0");
  }

  @Test
  void rejectsSuccessThresholdBelowOne() {
    assertRejected(checks("""
            @HealthCheck(
                name = "ping",
                successThreshold = -3)
            public boolean ping() {
              return true;
            }
            """),
        "@HealthCheck method 'ping' has successThreshold = -3; "
            + "use a number of runs in a row of at least 1 (1 reports every run as it is)",
        "successThreshold = -3");
  }

  @Test
  void rejectsGenericClass() {
    JavaFileObject source = source("com.example.GenericChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class GenericChecks<T> {
          @HealthCheck
          public boolean ping() {
            return true;
          }
        }
        """);

    assertRejected(source,
        "@HealthCheck methods of GenericChecks<T> cannot be called by the registry; move them to a"
            + " non-generic class",
        "class GenericChecks<T>");
  }

  @Test
  void rejectsInnerClass() {
    assertRejected(checks("""
            public class Inner {
              @HealthCheck
              public boolean ping() {
                return true;
              }
            }
            """),
        "@HealthCheck methods of inner class Checks.Inner cannot be called by the registry; make"
            + " Inner static",
        "class Inner");
  }

  /*
   * javac calls a processor only for annotations on declarations it has entered, which local and
   * anonymous classes are not until it compiles method bodies: these sources also hold an accepted
   * check, as real code does, so that the processor runs and finds the others in the source.
   */

  @Test
  void rejectsLocalClass() {
    assertRejected(checks("""
            @HealthCheck
            public static boolean accepted() {
              return true;
            }

            public Object make() {
              class Local {
                @HealthCheck
                public boolean ping() {
                  return true;
                }
              }
              return new Local();
            }
            """),
        "@HealthCheck method 'ping' is declared in a local class, which the registry cannot name;"
            + " move it to a top-level or static nested class",
        "boolean ping()");
  }

  @Test
  void rejectsAnonymousClass() {
    assertRejected(checks("""
            @HealthCheck
            public static boolean accepted() {
              return true;
            }

            public Object make() {
              return new Object() {
                @dev.healthcheck.annotations.EnvironmentSection("anonymous")
                public String value() {
                  return "";
                }
              };
            }
            """),
        "@EnvironmentSection method 'value' is declared in an anonymous class, which the registry"
            + " cannot name; move it to a top-level or static nested class",
        "String value()");
  }

  @Test
  void rejectsPrivateNestedClass() {
    assertRejected(checks("""
            private static class Hidden {
              @HealthCheck
              public boolean ping() {
                return true;
              }
            }
            """),
        "@HealthCheck methods of com.example.Checks.Hidden are not visible from"
            + " com.example.GeneratedHealthRegistry because Checks.Hidden is private; make"
            + " Checks.Hidden public or package-private",
        "class Hidden");
  }

  @Test
  void rejectsPackagePrivateClassOutsideTheRegistryPackage() {
    JavaFileObject source = source("com.example.db.DbChecks", """
        package com.example.db;

        import dev.healthcheck.annotations.HealthCheck;

        class DbChecks {
          @HealthCheck
          public static boolean db() {
            return true;
          }
        }
        """);

    Compilation compilation = javac("-Ahealthcheck.registry=com.example.AppHealthRegistry")
        .compile(source);

    assertOnlyError(compilation,
        "@HealthCheck methods of com.example.db.DbChecks are not visible from"
            + " com.example.AppHealthRegistry; make DbChecks public or move it to com.example",
        source, "class DbChecks");
  }

  @Test
  void rejectsInvalidCheckNameOnTheAttribute() {
    assertRejected(checks("""
            @HealthCheck(
                name = "redis ping")
            public boolean ping() {
              return true;
            }
            """),
        "check name 'redis ping' is not valid; use a non-empty name made of ASCII letters,"
            + " digits, '_', '-' and '.'",
        "name = \"redis ping\"");
  }

  @Test
  void rejectsMethodNameThatIsNotAValidCheckName() {
    assertRejected(checks("""
            @HealthCheck
            public boolean ping$now() {
              return true;
            }
            """),
        "check name 'ping$now' (the method's name) is not valid; give the check a name with"
            + " @HealthCheck(name = ...) made of ASCII letters, digits, '_', '-' and '.'",
        "ping$now()");
  }

  @Test
  void rejectsMethodNameWithLettersBeyondAscii() {
    assertRejected(checks("""
            @HealthCheck
            public boolean prüfe() {
              return true;
            }
            """),
        "check name 'prüfe' (the method's name) is not valid; give the check a name with"
            + " @HealthCheck(name = ...) made of ASCII letters, digits, '_', '-' and '.'",
        "prüfe()");
  }

  @Test
  void rejectsInvalidGroupName() {
    assertRejected(checks("""
            @HealthCheck(groups = {"readiness",
                "live/ness"})
            public boolean ping() {
              return true;
            }
            """),
        "group name 'live/ness' is not valid; use a non-empty name made of ASCII letters,"
            + " digits, '_', '-' and '.'",
        "\"live/ness\"");
  }

  @Test
  void rejectsEmptySectionName() {
    assertRejected(checks("""
            @EnvironmentSection("")
            public String app() {
              return "";
            }
            """),
        "section name '' is not valid; use a non-empty name made of ASCII letters, digits, '_',"
            + " '-' and '.'",
        "@EnvironmentSection(\"\")");
  }

  @Test
  void rejectsDuplicateCheckNameOnTheSecondUse() {
    JavaFileObject first = source("com.example.DbChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class DbChecks {
          @HealthCheck
          public boolean db() {
            return true;
          }
        }
        """);
    JavaFileObject second = source("com.example.RedisChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class RedisChecks {
          @HealthCheck(name = "db")
          public boolean ping() {
            return true;
          }
        }
        """);

    Compilation compilation = compile(second, first);

    assertOnlyError(compilation,
        "check name 'db' is already used by DbChecks.db(); give one of them another name",
        second, "name = \"db\"");
  }

  @Test
  void rejectsDuplicateCheckNameFromMethodNames() {
    JavaFileObject source = checks("""
        public static class Primary {
          @HealthCheck
          public boolean db() {
            return true;
          }
        }

        public static class Replica {
          @HealthCheck
          public boolean db() {
            return true;
          }
        }
        """);

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    ErrorAssertions.errorWithMessage(compilation,
            "check name 'db' is already used by Checks.Primary.db(); give one of them another name")
        .inFile(source)
        .onLine(ErrorAssertions.lineOf(source, "class Replica") + 1);
  }

  @Test
  void rejectsDuplicateSectionName() {
    assertRejected(checks("""
            @EnvironmentSection("app")
            public static String first() {
              return "";
            }

            @EnvironmentSection(value = "app")
            public static String second() {
              return "";
            }
            """),
        "section name 'app' is already used by Checks.first(); give one of them another name",
        "value = \"app\"");
  }

  @Test
  void rejectsGroupNamedLikeACheck() {
    assertRejected(checks("""
            @HealthCheck
            public boolean db() {
              return true;
            }

            @HealthCheck(groups = "db")
            public boolean pool() {
              return true;
            }
            """),
        "group name 'db' is already the name of the check Checks.db(); give the group or the check"
            + " another name",
        "groups = \"db\"");
  }

  @Test
  void rejectsBuiltInSectionName() {
    assertRejected(checks("""
            @EnvironmentSection("java")
            public static String java() {
              return "";
            }
            """),
        "section name 'java' is a built-in section of the environment dump (os, java, process);"
            + " give this section another name",
        "@EnvironmentSection(\"java\")");
  }

  @Test
  void rejectsClassesWithNoCommonPackage() {
    JavaFileObject first = source("com.example.AppChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class AppChecks {
          @HealthCheck
          public static boolean app() {
            return true;
          }
        }
        """);
    JavaFileObject second = source("org.other.OtherChecks", """
        package org.other;

        import dev.healthcheck.annotations.HealthCheck;

        public class OtherChecks {
          @HealthCheck
          public static boolean other() {
            return true;
          }
        }
        """);

    Compilation compilation = compile(first, second);

    assertOnlyError(compilation,
        "annotated methods share no common package; name the registry with"
            + " -Ahealthcheck.registry=com.example.AppHealthRegistry",
        second, "boolean other()");
  }

  @Test
  void rejectsClassOfTheUnnamedPackageForARegistryInANamedOne() {
    JavaFileObject source = source("Checks", """
        import dev.healthcheck.annotations.HealthCheck;

        public class Checks {
          @HealthCheck
          public static boolean ping() {
            return true;
          }
        }
        """);

    Compilation compilation =
        javac("-Ahealthcheck.registry=com.example.AppHealthRegistry").compile(source);

    assertOnlyError(compilation,
        "@HealthCheck methods of Checks are in the unnamed package, which"
            + " com.example.AppHealthRegistry cannot import; move Checks to a package",
        source, "public class Checks");
  }

  @Test
  void rejectsNestedClassOfTheUnnamedPackageBesideClassesOfANamedOne() {
    JavaFileObject named = source("com.example.AppChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class AppChecks {
          @HealthCheck
          public static boolean app() {
            return true;
          }
        }
        """);
    JavaFileObject unnamed = source("Outer", """
        import dev.healthcheck.annotations.EnvironmentSection;

        public class Outer {
          public static class Inner {
            @EnvironmentSection("inner")
            public static String inner() {
              return "inner";
            }
          }
        }
        """);

    Compilation compilation = compile(named, unnamed);

    assertOnlyError(compilation,
        "@EnvironmentSection methods of Outer.Inner are in the unnamed package, which"
            + " com.example.GeneratedHealthRegistry cannot import; move Outer to a package",
        unnamed, "class Inner");
  }

  @Test
  void rejectsClassesAllInTheUnnamedPackageWithoutTheOption() {
    JavaFileObject source = source("Checks", """
        import dev.healthcheck.annotations.HealthCheck;

        public class Checks {
          @HealthCheck
          public static boolean ping() {
            return true;
          }
        }
        """);

    assertOnlyError(compile(source),
        "annotated methods are all in the unnamed package; move their classes to a package, or"
            + " name a registry in the unnamed package with"
            + " -Ahealthcheck.registry=AppHealthRegistry",
        source, "boolean ping()");
  }

  @Test
  void rejectsRegistryOptionThatIsNotAClassName() {
    JavaFileObject source = checks("""
        @HealthCheck
        public boolean ping() {
          return true;
        }
        """);

    Compilation compilation = javac("-Ahealthcheck.registry=com.example.1Registry").compile(source);

    assertOnlyError(compilation,
        "-Ahealthcheck.registry=com.example.1Registry is not a class name; give a qualified name"
            + " such as com.example.AppHealthRegistry",
        source, "boolean ping()");
  }

  @Test
  void rejectsRegistryOptionWithoutValue() {
    JavaFileObject source = checks("""
        @HealthCheck
        public boolean ping() {
          return true;
        }
        """);

    for (String option : List.of("-Ahealthcheck.registry", "-Ahealthcheck.registry=")) {
      assertOnlyError(javac(option).compile(source),
          "-Ahealthcheck.registry has no value; give the registry a qualified name such as"
              + " -Ahealthcheck.registry=com.example.AppHealthRegistry",
          source, "boolean ping()");
    }
  }

  @Test
  void rejectsRegistryOptionThatCannotNameAClass() {
    JavaFileObject source = checks("""
        @HealthCheck
        public boolean ping() {
          return true;
        }
        """);

    for (String name : List.of("var", "yield", "record", "sealed", "permits")) {
      assertOnlyError(javac("-Ahealthcheck.registry=com.example." + name).compile(source),
          "-Ahealthcheck.registry=com.example." + name + " is not a class name; give a qualified"
              + " name such as com.example.AppHealthRegistry",
          source, "boolean ping()");
    }
  }

  @Test
  void rejectsRegistryOptionNamingAClassOfTheCompilation() {
    JavaFileObject source = checks("""
        @HealthCheck
        public boolean ping() {
          return true;
        }
        """);

    assertOnlyError(javac("-Ahealthcheck.registry=com.example.Checks").compile(source),
        "-Ahealthcheck.registry=com.example.Checks names a class this compilation declares; give"
            + " the registry a name of its own, such as com.example.AppHealthRegistry",
        source, "boolean ping()");
  }

  @Test
  void reportsEachBrokenRuleOnceForAMethodWithBothAnnotations() {
    JavaFileObject source = checks("""
        @HealthCheck
        @EnvironmentSection("both")
        private boolean both(int x) {
          return true;
        }
        """);

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertError(compilation,
        "@HealthCheck method 'both' must not take parameters; health checks are called with no"
            + " arguments",
        source, "boolean both(int x)");
    assertError(compilation,
        "@HealthCheck method 'both' is private, so com.example.GeneratedHealthRegistry cannot call"
            + " it; make it public or package-private",
        source, "boolean both(int x)");
  }

  @Test
  void reportsEveryErrorOfACompilation() {
    JavaFileObject source = checks("""
        @HealthCheck(timeoutMillis = 0)
        public boolean first(int x) {
          return true;
        }

        @HealthCheck
        public String second() {
          return "";
        }

        @EnvironmentSection("os")
        public void third() {}
        """);

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(5);
    assertError(compilation,
        "@HealthCheck method 'first' must not take parameters; health checks are called with no"
            + " arguments",
        source, "first(int x)");
    assertError(compilation,
        "@HealthCheck method 'first' has timeoutMillis = 0; use a positive number of"
            + " milliseconds, or -1 for the runner's default timeout",
        source, "timeoutMillis = 0");
    assertError(compilation,
        "@HealthCheck method 'second' returns String; return CheckResult, boolean, void or"
            + " CompletionStage<CheckResult>",
        source, "String second()");
    assertError(compilation,
        "@EnvironmentSection method 'third' returns void; return the section's value, such as a"
            + " map, a record or a string",
        source, "void third()");
    assertError(compilation,
        "section name 'os' is a built-in section of the environment dump (os, java, process);"
            + " give this section another name",
        source, "@EnvironmentSection(\"os\")");
  }
}
