package io.cobranza.adapters.documents.portfolio;

import java.util.List;
import java.util.Set;

/** The columns of the Cobranza portfolio CSV, in the order the generator writes them. */
final class CobranzaCsvColumns {
  private CobranzaCsvColumns() {}

  static final String DEBTOR_ID = "debtor_id";
  static final String JURISDICTION = "jurisdiction";
  static final String TIME_ZONE = "time_zone";
  static final String LANGUAGE = "language";
  static final String VULNERABLE = "vulnerable";
  static final String PHONE = "phone";
  static final String PHONE_USE = "phone_use";
  static final String PHONE_CONSENT = "phone_consent";
  static final String PHONE_ZONE = "phone_zone";
  static final String PHONE_LINE = "phone_line";
  static final String EMAIL = "email";
  static final String EMAIL_USE = "email_use";
  static final String EMAIL_CONSENT = "email_consent";
  static final String POSTAL_ADDRESS = "postal_address";
  static final String POSTAL_ZONE = "postal_zone";
  static final String ACCOUNT_ID = "account_id";
  static final String PRODUCT = "product";
  static final String CURRENCY = "currency";
  static final String BALANCE = "balance";
  static final String MINIMUM_DUE = "minimum_due";
  static final String NEXT_DUE_ON = "next_due_on";
  static final String AS_OF = "as_of";
  static final String DAYS_PAST_DUE = "days_past_due";
  static final String PAYMENTS = "payments";

  /** Extension columns start with this and are carried as attributes. */
  static final String EXTENSION_PREFIX = "x_";

  static final List<String> ALL =
      List.of(
          DEBTOR_ID,
          JURISDICTION,
          TIME_ZONE,
          LANGUAGE,
          VULNERABLE,
          PHONE,
          PHONE_USE,
          PHONE_CONSENT,
          PHONE_ZONE,
          PHONE_LINE,
          EMAIL,
          EMAIL_USE,
          EMAIL_CONSENT,
          POSTAL_ADDRESS,
          POSTAL_ZONE,
          ACCOUNT_ID,
          PRODUCT,
          CURRENCY,
          BALANCE,
          MINIMUM_DUE,
          NEXT_DUE_ON,
          AS_OF,
          DAYS_PAST_DUE,
          PAYMENTS);

  static final Set<String> REQUIRED =
      Set.of(DEBTOR_ID, JURISDICTION, ACCOUNT_ID, PRODUCT, CURRENCY, BALANCE, AS_OF, DAYS_PAST_DUE);
}
