package io.cobranza.domain.message;

import io.cobranza.domain.contact.MessageElement;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The closed list of placeholders a template may use, written {@code {{name}}}: the debtor's and
 * the firm's data, the disclosures whose text the platform supplies per language, channel and
 * country, and the parts of the validation information. A disclosure or validation placeholder is
 * how a message carries its {@link MessageElement}: the same words typed into a template do not
 * count, since nothing could tell that they say what the rule asks.
 */
public enum Placeholder {
  /** The debtor's name, given with the rendering's inputs (the platform stores no names yet). */
  DEBTOR_NAME("debtor.name", Kind.DATA, null, 40),
  /** The debtor's postal address (their first postal contact point). */
  DEBTOR_ADDRESS("debtor.address", Kind.DATA, null, 120),
  /** The firm's name. */
  FIRM_NAME("firm.name", Kind.DATA, null, 60),
  /** A business name that does not say the firm collects debts. */
  FIRM_TRADING_NAME("firm.trading-name", Kind.DATA, null, 40),
  /** The number debtors call back on. */
  FIRM_PHONE("firm.phone", Kind.DATA, null, 20),
  /** The firm's mailing address. */
  FIRM_ADDRESS("firm.address", Kind.DATA, null, 120),
  /** A person debtors may ask for. */
  FIRM_CONTACT_PERSON("firm.contact-person", Kind.DATA, null, 40),
  /** Where to pay online. */
  PAYMENT_LINK("payment.link", Kind.DATA, null, 60),
  /** What is owed across the case's debts. */
  AMOUNT_BALANCE("amount.balance", Kind.DATA, null, 20),
  /** What brings the case's debts current. */
  AMOUNT_MINIMUM_DUE("amount.minimum-due", Kind.DATA, null, 20),
  /** The earliest next due date of the case's debts. */
  DATE_NEXT_DUE("date.next-due", Kind.DATA, null, 25),
  /** The date the message is provided on. */
  DATE_TODAY("date.today", Kind.DATA, null, 25),
  /** The debts' references, all but their last four characters hidden. */
  ACCOUNT_REFERENCE("account.reference", Kind.DATA, null, 30),
  /** The plan terms offered ("up to 6 monthly instalments"). */
  PLAN_OFFER("plan.offer", Kind.DATA, null, 50),

  /** "This is a debt collector..." where the debtor's country requires it (US). */
  DEBT_COLLECTOR(
      "disclosure.debt-collector", Kind.DISCLOSURE, MessageElement.DEBT_COLLECTOR_DISCLOSURE, 0),
  /** How to opt out of further electronic messages to this address. */
  OPT_OUT("disclosure.opt-out", Kind.DISCLOSURE, MessageElement.OPT_OUT_NOTICE, 0),
  /** Who the message is from and how to reach them. */
  FIRM_IDENTITY("disclosure.firm-identity", Kind.DISCLOSURE, MessageElement.FIRM_IDENTITY, 0),
  /** Where to get free debt advice, where the debtor's country has such a signpost (GB). */
  FREE_DEBT_ADVICE(
      "disclosure.free-debt-advice", Kind.DISCLOSURE, MessageElement.FREE_DEBT_ADVICE, 0),

  /** The collector's name and mailing address. */
  VALIDATION_COLLECTOR(
      "validation.collector", Kind.VALIDATION, MessageElement.VALIDATION_COLLECTOR, 180),
  /** The consumer's name and mailing address. */
  VALIDATION_CONSUMER(
      "validation.consumer", Kind.VALIDATION, MessageElement.VALIDATION_CONSUMER, 160),
  /** The current creditor. */
  VALIDATION_CREDITOR(
      "validation.creditor", Kind.VALIDATION, MessageElement.VALIDATION_CREDITOR, 60),
  /** The account number. */
  VALIDATION_ACCOUNT_NUMBER(
      "validation.account-number", Kind.VALIDATION, MessageElement.VALIDATION_ACCOUNT_NUMBER, 30),
  /** The itemization date. */
  VALIDATION_ITEMIZATION_DATE(
      "validation.itemization-date",
      Kind.VALIDATION,
      MessageElement.VALIDATION_ITEMIZATION_DATE,
      25),
  /** The amount on the itemization date, interest, fees, payments and credits since. */
  VALIDATION_ITEMIZATION(
      "validation.itemization", Kind.VALIDATION, MessageElement.VALIDATION_ITEMIZATION, 500),
  /** The current amount of the debt. */
  VALIDATION_CURRENT_AMOUNT(
      "validation.current-amount", Kind.VALIDATION, MessageElement.VALIDATION_CURRENT_AMOUNT, 20),
  /** The end of the validation period, computed from the date the notice is provided. */
  VALIDATION_PERIOD_END(
      "validation.period-end", Kind.VALIDATION, MessageElement.VALIDATION_PERIOD_END, 25),
  /** The statements of the consumer's protections, with the period's end. */
  VALIDATION_CONSUMER_PROTECTIONS(
      "validation.consumer-protections",
      Kind.VALIDATION,
      MessageElement.VALIDATION_CONSUMER_PROTECTIONS,
      0),
  /** The consumer-response information. */
  VALIDATION_RESPONSE_FORM(
      "validation.response-form", Kind.VALIDATION, MessageElement.VALIDATION_RESPONSE_FORM, 0);

  /** What a placeholder stands for. */
  public enum Kind {
    /** The debtor's, the case's or the firm's data. */
    DATA,
    /** A disclosure whose text the platform supplies. */
    DISCLOSURE,
    /** A part of a validation notice (12 CFR 1006.34(c)). */
    VALIDATION
  }

  private final String key;
  private final Kind kind;
  private final @Nullable MessageElement element;
  private final int allowance;

  Placeholder(String key, Kind kind, @Nullable MessageElement element, int allowance) {
    this.key = key;
    this.kind = kind;
    this.element = element;
    this.allowance = allowance;
  }

  /** The name written between the braces: {@code disclosure.opt-out}. */
  public String key() {
    return key;
  }

  /** What it stands for. */
  public Kind kind() {
    return kind;
  }

  /** The element a message carries by using it, if any. */
  public Optional<MessageElement> element() {
    return Optional.ofNullable(element);
  }

  /**
   * The most characters a data placeholder is counted for when a template's length is checked
   * before it is rendered (the rendering checks the real length); 0 for the platform's own texts,
   * whose length is known from {@link Disclosures}.
   */
  int allowance() {
    return allowance;
  }

  /** The placeholder written {@code {{key}}}, if there is one. */
  public static Optional<Placeholder> of(String key) {
    for (var placeholder : values()) {
      if (placeholder.key.equals(key)) {
        return Optional.of(placeholder);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "{{" + key + "}}";
  }
}
