package io.cobranza.workflows;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DataConverterException;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.converter.EncodingKeys;
import io.temporal.common.converter.JacksonJsonPayloadConverter;
import io.temporal.common.converter.PayloadConverter;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How Cobranza's values travel through Temporal (workflow inputs, signals, activity results,
 * queries, side effects): JSON, readable in the Temporal UI, built from the records' own
 * components.
 *
 * <p>The domain has no serialization annotations (it depends on java.* only), so the mapping is
 * configured here: a record is written as its components (fields; no derived getters), read back
 * through its canonical constructor (so every invariant is checked again), and a value of one of
 * Cobranza's sealed interfaces carries its subtype as {@code "@type"}, named {@code Outer.Inner}
 * (e.g. {@code CaseEvent.PaymentReceived}), from a closed list: the permitted subtypes of the
 * sealed interfaces, never a class name from the payload. A value passed on its own (a signal's
 * argument, a side effect's result) is written as its sealed interface, so it reads back whether
 * the reader asks for the interface or for the record.
 */
public final class Payloads {
  private Payloads() {}

  /** Cobranza's sealed interfaces whose values travel through Temporal. */
  private static final List<Class<?>> ROOTS =
      List.of(
          io.cobranza.domain.treatment.CaseEvent.class,
          io.cobranza.domain.treatment.Command.class,
          io.cobranza.domain.treatment.Transition.class,
          io.cobranza.domain.treatment.Phase.class,
          io.cobranza.domain.protocol.Step.class,
          io.cobranza.domain.contact.ContactDecision.class,
          io.cobranza.domain.contact.PolicyVerdict.class,
          io.cobranza.domain.contact.Recipient.class,
          io.cobranza.domain.payment.PromiseStatus.class,
          io.cobranza.domain.payment.InstalmentStatus.class,
          io.cobranza.application.contact.ContactChannel.SendResult.class,
          io.cobranza.application.treatment.InstalmentReminder.Result.class,
          io.cobranza.application.collection.CaseOrchestrator.Delivery.class);

  /** Every name, both ways: the closed list. */
  private static final Map<String, Class<?>> TYPES;

  private static final Map<Class<?>, String> NAMES;

  static {
    var types = new LinkedHashMap<String, Class<?>>();
    var names = new LinkedHashMap<Class<?>, String>();
    var todo = new ArrayDeque<Class<?>>(ROOTS);
    while (!todo.isEmpty()) {
      var type = todo.poll();
      var permitted = type.getPermittedSubclasses();
      if (permitted == null) {
        continue;
      }
      for (var sub : permitted) {
        if (sub.isInterface()) {
          todo.add(sub);
        } else if (!names.containsKey(sub)) {
          var name = nameOf(sub);
          if (types.putIfAbsent(name, sub) != null) {
            throw new IllegalStateException("two payload types named " + name);
          }
          names.put(sub, name);
        }
      }
    }
    TYPES = Collections.unmodifiableMap(types);
    NAMES = Collections.unmodifiableMap(names);
  }

  /** The data converter of every Cobranza client and worker. */
  public static DataConverter dataConverter() {
    return DefaultDataConverter.newDefaultInstance()
        .withPayloadConverterOverrides(new SealedAwareConverter(objectMapper()));
  }

  /** The JSON mapping of Cobranza's values, as described above. */
  public static ObjectMapper objectMapper() {
    var mapper = JacksonJsonPayloadConverter.newDefaultObjectMapper();
    mapper.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
    mapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
    mapper.setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    var typing = new SealedTyping();
    typing.init(JsonTypeInfo.Id.NAME, new ClosedNames());
    typing.inclusion(JsonTypeInfo.As.PROPERTY);
    typing.typeProperty("@type");
    mapper.setDefaultTyping(typing);
    return mapper;
  }

  /** {@code CaseEvent.PaymentReceived} for a nested type, the simple name otherwise. */
  public static String nameOf(Class<?> type) {
    var outer = type.getEnclosingClass();
    return outer == null
        ? type.getSimpleName()
        : outer.getSimpleName() + "." + type.getSimpleName();
  }

  /** The sealed interface a value of {@code type} is written as, if it is one of Cobranza's. */
  static @Nullable Class<?> rootOf(Class<?> type) {
    if (!NAMES.containsKey(type)) {
      return null;
    }
    for (var root : ROOTS) {
      if (root.isAssignableFrom(type)) {
        return root;
      }
    }
    return null;
  }

  private static boolean isSealedCobranzaInterface(Class<?> raw) {
    return raw.isInterface() && raw.isSealed() && raw.getName().startsWith("io.cobranza.");
  }

  /** Type information for Cobranza's sealed interfaces only. */
  private static final class SealedTyping extends ObjectMapper.DefaultTypeResolverBuilder {
    private static final long serialVersionUID = 1L;

    SealedTyping() {
      super(ObjectMapper.DefaultTyping.NON_FINAL, LaissezFaireSubTypeValidator.instance);
    }

    @Override
    public boolean useForType(JavaType type) {
      return isSealedCobranzaInterface(type.getRawClass());
    }
  }

  /** The closed list of names; an unknown name or a type outside it is an error. */
  private static final class ClosedNames extends TypeIdResolverBase {
    @Override
    public String idFromValue(Object value) {
      return idFromValueAndType(value, value.getClass());
    }

    @Override
    public String idFromValueAndType(@Nullable Object value, Class<?> type) {
      var name = NAMES.get(type);
      if (name == null) {
        throw new IllegalArgumentException(
            type.getName() + " has no payload name: add its sealed interface to Payloads.ROOTS");
      }
      return name;
    }

    @Override
    public @Nullable JavaType typeFromId(DatabindContext context, String id) {
      var type = TYPES.get(id);
      return type == null ? null : context.constructType(type);
    }

    @Override
    public String getDescForKnownTypeIds() {
      return String.join(", ", TYPES.keySet());
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
      return JsonTypeInfo.Id.CUSTOM;
    }
  }

  /**
   * Jackson's payload converter, except that a value of a sealed interface is written and read as
   * that interface, so its {@code @type} is always there.
   */
  private static final class SealedAwareConverter implements PayloadConverter {
    private final ObjectMapper mapper;
    private final JacksonJsonPayloadConverter plain;

    SealedAwareConverter(ObjectMapper mapper) {
      this.mapper = mapper;
      this.plain = new JacksonJsonPayloadConverter(mapper);
    }

    @Override
    public String getEncodingType() {
      return plain.getEncodingType();
    }

    @Override
    public Optional<Payload> toData(@Nullable Object value) {
      var root = value == null ? null : rootOf(value.getClass());
      if (root == null) {
        return plain.toData(value);
      }
      try {
        var bytes = mapper.writerFor(root).writeValueAsBytes(value);
        return Optional.of(
            Payload.newBuilder()
                .putMetadata(
                    EncodingKeys.METADATA_ENCODING_KEY,
                    com.google.protobuf.ByteString.copyFrom(
                        getEncodingType(), StandardCharsets.UTF_8))
                .setData(com.google.protobuf.ByteString.copyFrom(bytes))
                .build());
      } catch (JsonProcessingException e) {
        throw new DataConverterException(e);
      }
    }

    @Override
    public <T> T fromData(Payload content, Class<T> valueClass, Type valueType) {
      var root = rootOf(valueClass);
      if (root == null) {
        return plain.fromData(content, valueClass, valueType);
      }
      try {
        var value = mapper.readerFor(root).readValue(content.getData().toByteArray());
        return valueClass.cast(value);
      } catch (IOException | ClassCastException e) {
        throw new DataConverterException(e);
      }
    }
  }
}
