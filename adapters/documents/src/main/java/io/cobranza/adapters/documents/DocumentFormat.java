package io.cobranza.adapters.documents;

import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The two formats documents come in, each with its Jackson mapper. */
public enum DocumentFormat {
  YAML(YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()),
  JSON(JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());

  private final ObjectMapper mapper;

  DocumentFormat(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The format a file's extension names: {@code .yaml}/{@code .yml} or {@code .json}. */
  public static DocumentFormat of(Path file) {
    var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    throw new IllegalArgumentException(
        "file: " + file + " is neither .yaml, .yml nor .json, so its format is unknown");
  }

  ObjectMapper mapper() {
    return mapper;
  }
}
