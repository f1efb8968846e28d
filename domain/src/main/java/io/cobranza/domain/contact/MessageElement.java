package io.cobranza.domain.contact;

/**
 * Something a message carries that a jurisdiction's rules may require of it: a disclosure whose
 * text the platform supplies, a part of the validation information, or the fact that it is a
 * limited-content message. A rendered message's {@link MessageFacts} list the elements it carries.
 */
public enum MessageElement {
  /** "This is a debt collector ... attempting to collect a debt" (12 CFR 1006.18(e)). */
  DEBT_COLLECTOR_DISCLOSURE("the debt-collector disclosure"),
  /** How to opt out of further electronic messages to this address (12 CFR 1006.6(e)). */
  OPT_OUT_NOTICE("the opt-out notice"),
  /** Who the message is from: the firm's name and how to reach it. */
  FIRM_IDENTITY("the firm's identity"),
  /** Where to get free, impartial debt advice. */
  FREE_DEBT_ADVICE("the free-debt-advice signpost"),
  /** The debt collector's name and the mailing address at which it accepts disputes. */
  VALIDATION_COLLECTOR("the debt collector's name and mailing address"),
  /** The consumer's name and mailing address. */
  VALIDATION_CONSUMER("the consumer's name and mailing address"),
  /** The creditor to whom the debt is currently owed. */
  VALIDATION_CREDITOR("the current creditor"),
  /** The account number, if any. */
  VALIDATION_ACCOUNT_NUMBER("the account number"),
  /** The itemization date. */
  VALIDATION_ITEMIZATION_DATE("the itemization date"),
  /** The amount on the itemization date, then interest, fees, payments and credits since. */
  VALIDATION_ITEMIZATION("the itemization of the debt"),
  /** The current amount of the debt. */
  VALIDATION_CURRENT_AMOUNT("the current amount of the debt"),
  /** The date the collector will consider the end of the validation period. */
  VALIDATION_PERIOD_END("the end of the validation period"),
  /** The statements of the consumer's protections: disputes, original creditor, the CFPB. */
  VALIDATION_CONSUMER_PROTECTIONS("the statements of the consumer's protections"),
  /** The consumer-response information (how to dispute, a tear-off form). */
  VALIDATION_RESPONSE_FORM("the consumer-response information"),
  /**
   * The message is a limited-content message (12 CFR 1006.2(j)): a voicemail with only the required
   * and optional content, which is an attempt to communicate, not a communication.
   */
  LIMITED_CONTENT("limited content");

  private final String description;

  MessageElement(String description) {
    this.description = description;
  }

  /** What the element is, for a sentence: "the opt-out notice". */
  public String description() {
    return description;
  }
}
