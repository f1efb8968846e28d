package io.cobranza.application.portfolio;

import io.cobranza.domain.debtor.ContactPoint;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contact point as read from a file, before validation.
 *
 * @param field the column the address came from ({@code phone}, {@code email}, ...), for reports
 * @param kind phone, e-mail or postal, given by the column
 * @param address the number or address as written
 * @param use PERSONAL, WORK or UNKNOWN as written, or null for PERSONAL
 * @param consent the consented channels as written, separated by {@code |} ({@code VOICE|SMS})
 * @param zone the time zone the address implies as written, or null
 * @param place HOME, WORK, MOBILE, OTHER or UNKNOWN as written (the kind of line), or null for
 *     UNKNOWN
 */
public record ContactPointRow(
    String field,
    ContactPoint.Kind kind,
    String address,
    @Nullable String use,
    String consent,
    @Nullable String zone,
    @Nullable String place) {
  public ContactPointRow {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(consent, "consent");
  }

  /** A row that says nothing of the address's place. */
  public ContactPointRow(
      String field,
      ContactPoint.Kind kind,
      String address,
      @Nullable String use,
      String consent,
      @Nullable String zone) {
    this(field, kind, address, use, consent, zone, null);
  }
}
