package io.cobranza.adapters.documents.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message template as written in a document: enum values and country codes are text here, so that
 * every mistake is reported with its path, not only the first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TemplateDocument(
    @Nullable String name,
    @Nullable Integer version,
    @Nullable String channel,
    @Nullable List<String> purposes,
    @Nullable List<String> reach,
    @Nullable Boolean limitedContent,
    @Nullable Map<String, @Nullable VariantDocument> variants) {

  /** The text in one language. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record VariantDocument(@Nullable String subject, @Nullable String body) {}
}
