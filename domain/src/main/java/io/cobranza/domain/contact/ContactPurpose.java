package io.cobranza.domain.contact;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Why we want to contact the debtor; some rules allow some purposes only. */
public enum ContactPurpose {
  /** Collecting the debt: reminders, calls, offers. */
  COLLECTION,
  /** Providing the validation information (12 CFR 1006.34). */
  VALIDATION_NOTICE,
  /** Sending verification of a disputed debt (12 CFR 1006.38). */
  VERIFICATION,
  /** After a cease request: advising that further efforts are being terminated. */
  CEASE_TERMINATION_NOTICE,
  /** After a cease request: notifying that a specified remedy may be invoked. */
  CEASE_REMEDY_MAY_BE_INVOKED,
  /** After a cease request: notifying that a specified remedy will be invoked. */
  CEASE_REMEDY_INTENDED,
  /** One reply, in the same medium, to a contact the debtor started. */
  REPLY_TO_DEBTOR,
  /**
   * The one message confirming an opt-out, sent at once to the address the debtor opted out of, on
   * the medium the request came by; allowed where the rule set says so.
   */
  OPT_OUT_CONFIRMATION;

  /**
   * The three notices permitted after a cease request (12 CFR 1006.6(c)(2), FDCPA 805(c)); the UK
   * and operator rule sets let the same three through a cease hold.
   */
  public static final Set<ContactPurpose> PERMITTED_AFTER_CEASE =
      Collections.unmodifiableSet(
          EnumSet.of(CEASE_TERMINATION_NOTICE, CEASE_REMEDY_MAY_BE_INVOKED, CEASE_REMEDY_INTENDED));

  /** Whether this is one of the three notices permitted after a cease request. */
  public boolean isPermittedAfterCease() {
    return PERMITTED_AFTER_CEASE.contains(this);
  }
}
