package io.cobranza.domain.debtor;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a debtor's contact rules come from: an ISO 3166-1 country code, optionally with an ISO
 * 3166-2 subdivision ({@code US}, {@code US-NY}, {@code GB}, {@code GB-SCT}).
 */
public record Jurisdiction(String code) {
  private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

  public static final Jurisdiction US = new Jurisdiction("US");
  public static final Jurisdiction GB = new Jurisdiction("GB");

  public Jurisdiction {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "jurisdiction: '" + code + "' is not an ISO 3166 code such as US, US-NY or GB");
    }
  }

  /** A jurisdiction from its code. */
  public static Jurisdiction of(String code) {
    return new Jurisdiction(code);
  }

  /** The country part: {@code US} for {@code US-NY}. */
  public String country() {
    int dash = code.indexOf('-');
    return dash < 0 ? code : code.substring(0, dash);
  }

  /** The country-level jurisdiction this one belongs to (itself when it is a country). */
  public Jurisdiction countryLevel() {
    return code.indexOf('-') < 0 ? this : new Jurisdiction(country());
  }

  @Override
  public String toString() {
    return code;
  }
}
