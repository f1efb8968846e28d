package io.cobranza.domain.contact;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a text reply that asks to stop messages to the number it came from. "CANCEL" means
 * STOP, as do the other words carriers and the FCC treat as opt-out requests (47 CFR
 * 64.1200(a)(10)), in English and Spanish, whatever their case, accents or punctuation.
 */
public final class OptOutKeywords {
  private static final Set<String> KEYWORDS =
      Set.of(
          "STOP",
          "STOPALL",
          "STOP ALL",
          "CANCEL",
          "END",
          "QUIT",
          "UNSUBSCRIBE",
          "REVOKE",
          "OPTOUT",
          "OPT OUT",
          "ALTO",
          "PARAR",
          "PARE",
          "BAJA",
          "CANCELAR",
          "DETENER");

  private OptOutKeywords() {}

  /** Whether the whole reply is an opt-out keyword. */
  public static boolean isOptOut(String reply) {
    var plain =
        Normalizer.normalize(reply, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^\\p{L}\\p{N} ]", " ")
            .trim()
            .replaceAll("\\s+", " ")
            .toUpperCase(Locale.ROOT);
    return KEYWORDS.contains(plain);
  }
}
