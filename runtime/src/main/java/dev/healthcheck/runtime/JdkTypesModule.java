package dev.healthcheck.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Optional;

/**
 * Writes the JDK types that plain Jackson refuses without its jsr310 and jdk8 modules, which the
 * runtime does not depend on: {@code java.time} values as their ISO-8601 {@code toString()}
 * ({@code "2020-01-01T00:00:00Z"}, {@code "PT31S"}; py-healthcheck fell back to {@code str()} the
 * same way), and an {@link Optional} as its value or {@code null}.
 */
final class JdkTypesModule {

  private JdkTypesModule() {}

  static SimpleModule create() {
    SimpleModule module = new SimpleModule("healthcheck-jdk-types");
    module.addSerializer(TemporalAccessor.class, ToStringSerializer.instance);
    module.addSerializer(TemporalAmount.class, ToStringSerializer.instance);
    module.addSerializer(ZoneId.class, ToStringSerializer.instance);
    module.addSerializer(new OptionalSerializer());
    return module;
  }

  /** An {@link Optional} written as what it holds. */
  private static final class OptionalSerializer extends StdSerializer<Optional<?>> {

    private static final long serialVersionUID = 1L;

    OptionalSerializer() {
      super(Optional.class, false);
    }

    @Override
    public void serialize(Optional<?> value, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      provider.defaultSerializeValue(value.orElse(null), json);
    }
  }
}
