package io.cobranza.adapters.documents.portfolio;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Parses the typed fields of portfolio files by hand: strict syntax, no exceptions on bad input.
 */
final class FieldParsing {
  private FieldParsing() {}

  /**
   * A plain decimal ({@code -1234.56}; no exponent, no thousands separator, no spaces), or null.
   */
  static @Nullable BigDecimal decimal(String text) {
    int n = text.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && text.charAt(0) == '-') {
      negative = true;
      i = 1;
    }
    if (i == n) {
      return null;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = -1;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (scale >= 0 || digits == 0 || i == n - 1) {
          return null;
        }
        scale = 0;
      } else if (c >= '0' && c <= '9') {
        if (++digits > 18) {
          return null;
        }
        unscaled = unscaled * 10 + (c - '0');
        if (scale >= 0) {
          scale++;
        }
      } else {
        return null;
      }
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
  }

  /** A whole number that fits in an int ({@code -2}, {@code 120}), or null. */
  static @Nullable Integer integer(String text) {
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    if (i == n || n - i > 9) {
      return null;
    }
    int value = 0;
    for (int j = i; j < n; j++) {
      char c = text.charAt(j);
      if (c < '0' || c > '9') {
        return null;
      }
      value = value * 10 + (c - '0');
    }
    return i == 1 ? -value : value;
  }

  /** An ISO date {@code yyyy-mm-dd}, or null. */
  static @Nullable LocalDate date(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
