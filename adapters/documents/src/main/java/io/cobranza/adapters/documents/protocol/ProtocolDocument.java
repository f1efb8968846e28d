package io.cobranza.adapters.documents.protocol;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A treatment protocol as written in a document. Enum values and durations are text here, so that
 * every mistake in a document can be reported at once with its path, rather than the first.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ProtocolDocument(
    @Nullable String id,
    @Nullable Integer version,
    @Nullable String name,
    @Nullable String description,
    @Nullable String promiseGrace,
    @Nullable String firstStep,
    @Nullable List<StepDocument> steps) {

  /** One step: {@code type} says which of the other fields apply. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record StepDocument(
      @Nullable String id,
      @Nullable String type,
      @Nullable String channel,
      @Nullable String template,
      @Nullable String purpose,
      @Nullable String duration,
      @Nullable String awaitOutcome,
      @Nullable String cadence,
      @Nullable Integer maxInstalments,
      @Nullable List<OptionDocument> options,
      @Nullable String queue,
      @Nullable String reason,
      @Nullable String kind,
      @Nullable String resolution,
      @Nullable String next,
      @Nullable Map<String, String> on) {}

  /** One option of a recommend step. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record OptionDocument(
      @Nullable String kind,
      @Nullable String channel,
      @Nullable String template,
      @Nullable String cadence,
      @Nullable Integer maxInstalments,
      @Nullable String duration,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          @Nullable List<String> hours) {}
}
