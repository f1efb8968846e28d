package io.cobranza.domain.message;

import java.util.Locale;
import java.util.Optional;

/** A language templates are written in; English is the one every template has. */
public enum Language {
  ENGLISH("en"),
  SPANISH("es");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code: {@code en}, {@code es}. */
  public String code() {
    return code;
  }

  /** The locale of the language, without a country. */
  public Locale locale() {
    return Locale.of(code);
  }

  /** The language with this ISO 639-1 code, if templates are written in it. */
  public static Optional<Language> ofCode(String code) {
    for (var language : values()) {
      if (language.code.equals(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** The language of a locale ({@code es-MX} is Spanish), if templates are written in it. */
  public static Optional<Language> of(Locale locale) {
    return ofCode(locale.getLanguage());
  }
}
