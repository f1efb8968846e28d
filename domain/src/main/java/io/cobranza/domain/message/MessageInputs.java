package io.cobranza.domain.message;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a message is rendered from: the debtor (language, country, postal address), the case and its
 * debts, the date it is provided on, and what the platform does not keep itself.
 *
 * @param debtor the debtor as known now
 * @param collectionCase the case and its debts
 * @param providedOn the date the message is provided on (a validation notice's period runs from it)
 * @param debtorName the debtor's name, or null when it is not known
 * @param validation what a validation notice says about the debt, or null
 */
public record MessageInputs(
    Debtor debtor,
    CollectionCase collectionCase,
    LocalDate providedOn,
    @Nullable String debtorName,
    @Nullable ValidationDetails validation) {
  public MessageInputs {
    Objects.requireNonNull(debtor, "debtor");
    Objects.requireNonNull(collectionCase, "collectionCase");
    Objects.requireNonNull(providedOn, "providedOn");
  }

  /**
   * The inputs of a message rendered at {@code now}: it is provided on the date in the debtor's
   * stated zone, or, when no zone is stated, on the latest date anywhere at that instant, so that a
   * validation period computed from it never ends before the consumer's own reckoning.
   */
  public static MessageInputs at(Debtor debtor, CollectionCase collectionCase, Instant now) {
    var zone = debtor.statedZone();
    var date =
        zone == null
            ? LocalDate.ofInstant(now, ZoneOffset.ofHours(14))
            : LocalDate.ofInstant(now, zone);
    return new MessageInputs(debtor, collectionCase, date, null, null);
  }

  /** These inputs with the debtor's name. */
  public MessageInputs withDebtorName(@Nullable String name) {
    return new MessageInputs(debtor, collectionCase, providedOn, name, validation);
  }

  /** These inputs with what a validation notice says about the debt. */
  public MessageInputs withValidation(@Nullable ValidationDetails details) {
    return new MessageInputs(debtor, collectionCase, providedOn, debtorName, details);
  }
}
