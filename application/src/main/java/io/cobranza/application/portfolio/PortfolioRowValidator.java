package io.cobranza.application.portfolio;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.Delinquency;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.ContactPointUse;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Payment;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks one parsed row against the import's rules and builds its domain values: codes known (ISO
 * 3166, ISO 4217, IANA zones, BCP 47, channels), amounts neither negative nor beyond the ceiling
 * nor finer than the currency's minor unit, dates not in the future, days past due in range,
 * contact points and payment ids not repeated within the row. Every problem of the row is listed,
 * not only the first.
 *
 * <p>It lives in the application, not the domain, because it checks an import's input rows (a
 * file's shape) under an import's configurable limits; the domain records still guard their own
 * invariants. Not thread-safe: it caches parsed codes (a bounded cache, so memory stays constant).
 */
public final class PortfolioRowValidator {
  /** Dates before this are taken for mistakes. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private static final Set<String> COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
  private static final int MAX_ID_LENGTH = 64;
  private static final int MAX_PRODUCT_LENGTH = 40;
  private static final int CACHE_LIMIT = 1_024;

  private final ImportLimits limits;
  private final LocalDate latest;
  private final Map<String, @Nullable ZoneId> zones = new HashMap<>();
  private final Map<String, @Nullable Currency> currencies = new HashMap<>();
  private final Map<String, @Nullable Locale> languages = new HashMap<>();

  /**
   * A validator for an import run on {@code today}; a date line margin of one day is allowed, since
   * a date that is tomorrow in UTC may be today where the file was written.
   */
  public PortfolioRowValidator(ImportLimits limits, LocalDate today) {
    this.limits = limits;
    this.latest = today.plusDays(1);
  }

  /** The verdict on a row. */
  public sealed interface Verdict {
    /** The row is good. */
    record Valid(ValidatedAccount account) implements Verdict {}

    /** The row is refused, for every one of these problems. */
    record Invalid(List<RowProblem> problems) implements Verdict {
      public Invalid {
        problems = List.copyOf(problems);
      }
    }
  }

  /** Validates the row. */
  public Verdict validate(PortfolioRow row) {
    var problems = new Problems(row.line());
    var debtorId = id(problems, "debtor_id", row.debtorId(), DebtorId::new);
    var jurisdiction = jurisdiction(problems, row.jurisdiction());
    var zone = row.timeZone() == null ? null : zone(problems, "time_zone", row.timeZone());
    var language = language(problems, row.language());
    var points = contactPoints(problems, row.contactPoints());
    var accountId = id(problems, "account_id", row.accountId(), AccountId::new);
    checkProduct(problems, row.product());
    var currency = currency(problems, row.currency());
    if (currency != null) {
      amount(problems, "balance", row.balance(), currency, false);
      amount(problems, "minimum_due", row.minimumDue(), currency, false);
      if (row.minimumDue().compareTo(row.balance()) > 0 && row.balance().signum() >= 0) {
        problems.add(
            "minimum_due",
            row.minimumDue().toPlainString(),
            "exceeds the balance " + row.balance().toPlainString());
      }
    }
    checkDates(problems, row);
    if (row.daysPastDue() < 0 || row.daysPastDue() > limits.maxDaysPastDue()) {
      problems.add(
          "days_past_due",
          Integer.toString(row.daysPastDue()),
          "must be between 0 and " + limits.maxDaysPastDue());
    }
    checkPayments(problems, row, currency);
    if (!problems.isEmpty()
        || debtorId == null
        || jurisdiction == null
        || accountId == null
        || currency == null) {
      return problems.verdict();
    }
    try {
      var debtor =
          new Debtor(
              debtorId,
              jurisdiction,
              zone,
              language == null ? Locale.ENGLISH : language,
              points,
              Set.of(),
              List.of(),
              null,
              null,
              row.vulnerable(),
              false,
              Set.of());
      var account =
          new Account(
              accountId,
              debtorId,
              row.product(),
              Money.of(row.balance(), currency),
              Money.of(row.minimumDue(), currency),
              row.nextDueOn(),
              Delinquency.observed(row.asOf(), row.daysPastDue()),
              null,
              null,
              null);
      var payments = new ArrayList<Payment>(row.payments().size());
      int position = 0;
      for (var p : row.payments()) {
        position++;
        payments.add(
            new Payment(
                p.id() != null ? p.id() : accountId.value() + "/" + position,
                accountId,
                Money.of(p.amount(), currency),
                p.receivedOn(),
                p.method() != null ? p.method() : "unknown"));
      }
      return new Verdict.Valid(
          new ValidatedAccount(row.line(), debtor, account, payments, row.attributes()));
    } catch (IllegalArgumentException e) {
      // The domain guards its own invariants; one this validator missed is still a row problem.
      problems.add("record", "", String.valueOf(e.getMessage()));
      return problems.verdict();
    }
  }

  private static @Nullable <T> T id(
      Problems problems, String field, String value, Function<String, T> make) {
    if (value.isBlank()) {
      problems.add(field, value, "is required");
      return null;
    }
    if (value.length() > MAX_ID_LENGTH || !isPrintable(value)) {
      problems.add(
          field, value, "must be at most " + MAX_ID_LENGTH + " printable characters, no spaces");
      return null;
    }
    return make.apply(value);
  }

  private static boolean isPrintable(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable Jurisdiction jurisdiction(Problems problems, String code) {
    try {
      var jurisdiction = Jurisdiction.of(code);
      if (COUNTRIES.contains(jurisdiction.country())) {
        return jurisdiction;
      }
      problems.add("jurisdiction", code, "is not an ISO 3166-1 country code");
    } catch (IllegalArgumentException e) {
      problems.add("jurisdiction", code, "is not an ISO 3166 code such as US, US-NY or GB");
    }
    return null;
  }

  private @Nullable ZoneId zone(Problems problems, String field, String id) {
    var zone = cached(zones, id, PortfolioRowValidator::parseZone);
    if (zone == null) {
      problems.add(field, id, "is not an IANA time zone such as America/New_York");
    }
    return zone;
  }

  private static @Nullable ZoneId parseZone(String id) {
    try {
      return id.indexOf('/') < 0 && !id.equals("UTC") ? null : ZoneId.of(id);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private @Nullable Locale language(Problems problems, @Nullable String tag) {
    if (tag == null) {
      return null;
    }
    var locale = cached(languages, tag, PortfolioRowValidator::parseLanguage);
    if (locale == null) {
      problems.add("language", tag, "is not a BCP 47 language tag such as en, en-US or es");
    }
    return locale;
  }

  private static @Nullable Locale parseLanguage(String tag) {
    try {
      var locale = new Locale.Builder().setLanguageTag(tag).build();
      return locale.getLanguage().isEmpty() ? null : locale;
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  private @Nullable Currency currency(Problems problems, String code) {
    var currency = cached(currencies, code, PortfolioRowValidator::parseCurrency);
    if (currency == null) {
      problems.add("currency", code, "is not an ISO 4217 currency code such as USD or GBP");
    }
    return currency;
  }

  private static @Nullable Currency parseCurrency(String code) {
    if (code.length() != 3) {
      return null;
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static <T> @Nullable T cached(
      Map<String, @Nullable T> cache, String key, Function<String, @Nullable T> parse) {
    if (cache.containsKey(key)) {
      return cache.get(key);
    }
    var value = parse.apply(key);
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(key, value);
    return value;
  }

  private static void checkProduct(Problems problems, String product) {
    boolean ok = !product.isEmpty() && product.length() <= MAX_PRODUCT_LENGTH;
    for (int i = 0; ok && i < product.length(); i++) {
      char c = product.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '_' && i > 0);
    }
    if (!ok) {
      problems.add(
          "product",
          product,
          "must be a code of lower-case letters, digits and _ (at most "
              + MAX_PRODUCT_LENGTH
              + "), such as credit_card");
    }
  }

  private void amount(
      Problems problems, String field, BigDecimal amount, Currency currency, boolean positive) {
    // The value's text is built only for a problem: this runs for every amount of every row.
    if (amount.signum() < 0 || (positive && amount.signum() == 0)) {
      problems.add(
          field, amount.toPlainString(), positive ? "must be positive" : "must not be negative");
    } else if (amount.compareTo(limits.maxAmount()) > 0) {
      problems.add(
          field,
          amount.toPlainString(),
          "is beyond the ceiling of "
              + limits.maxAmount().toPlainString()
              + " "
              + currency.getCurrencyCode()
              + " per amount");
    }
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    if (amount.scale() > digits && amount.stripTrailingZeros().scale() > digits) {
      problems.add(
          field,
          amount.toPlainString(),
          "has more decimals than " + currency.getCurrencyCode() + " allows (" + digits + ")");
    }
  }

  private void checkDates(Problems problems, PortfolioRow row) {
    var asOf = row.asOf();
    if (asOf.isAfter(latest)) {
      problems.add("as_of", asOf.toString(), "is in the future");
    } else if (asOf.isBefore(EARLIEST)) {
      problems.add("as_of", asOf.toString(), "is before " + EARLIEST);
    }
    var due = row.nextDueOn();
    if (due != null && (due.isBefore(EARLIEST) || due.isAfter(asOf.plusYears(1)))) {
      problems.add(
          "next_due_on", due.toString(), "must be between " + EARLIEST + " and a year after as_of");
    }
  }

  private void checkPayments(Problems problems, PortfolioRow row, @Nullable Currency currency) {
    if (row.payments().size() > limits.maxPaymentsPerAccount()) {
      problems.add(
          "payments",
          Integer.toString(row.payments().size()),
          "more than " + limits.maxPaymentsPerAccount() + " payments in one row");
      return;
    }
    Set<String> ids = row.payments().size() > 1 ? new HashSet<>() : new HashSet<>(1);
    for (var p : row.payments()) {
      if (currency != null) {
        amount(problems, "payments", p.amount(), currency, true);
      }
      if (p.receivedOn().isAfter(latest)) {
        problems.add("payments", entry(p), "is dated in the future");
      } else if (p.receivedOn().isAfter(row.asOf())) {
        problems.add("payments", entry(p), "is dated after as_of " + row.asOf());
      } else if (p.receivedOn().isBefore(EARLIEST)) {
        problems.add("payments", entry(p), "is dated before " + EARLIEST);
      }
      if (p.id() != null) {
        if (p.id().isBlank() || p.id().length() > MAX_ID_LENGTH || !isPrintable(p.id())) {
          problems.add("payments", p.id(), "payment id must be 1 to 64 printable characters");
        } else if (!ids.add(p.id())) {
          problems.add("payments", p.id(), "payment id appears twice in the row");
        }
      }
    }
  }

  private static String entry(PaymentRow payment) {
    return payment.receivedOn() + ":" + payment.amount().toPlainString();
  }

  private List<ContactPoint> contactPoints(Problems problems, List<ContactPointRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    var points = new ArrayList<ContactPoint>(rows.size());
    for (var row : rows) {
      var point = contactPoint(problems, row);
      if (point != null) {
        if (points.stream()
            .noneMatch(p -> p.kind() == point.kind() && p.address().equals(point.address()))) {
          points.add(point);
        } else {
          problems.add(row.field(), row.address(), "is listed twice for the debtor");
        }
      }
    }
    return points;
  }

  private @Nullable ContactPoint contactPoint(Problems problems, ContactPointRow row) {
    int before = problems.size();
    var address = row.address();
    switch (row.kind()) {
      case PHONE -> {
        if (!isE164(address)) {
          problems.add(row.field(), address, "is not a phone number in E.164 form (+12125550100)");
        }
      }
      case EMAIL -> {
        int at = address.indexOf('@');
        if (at <= 0
            || at != address.lastIndexOf('@')
            || at == address.length() - 1
            || !isPrintable(address)) {
          problems.add(row.field(), address, "is not an e-mail address");
        }
      }
      case POSTAL, APP -> {
        if (address.isBlank()) {
          problems.add(row.field(), address, "must not be blank");
        }
      }
    }
    var use = ContactPointUse.PERSONAL;
    if (row.use() != null) {
      try {
        use = ContactPointUse.valueOf(row.use());
      } catch (IllegalArgumentException e) {
        problems.add(row.field() + "_use", row.use(), "must be PERSONAL, WORK or UNKNOWN");
      }
    }
    var channels = EnumSet.noneOf(Channel.class);
    if (!row.consent().isEmpty()) {
      for (var name : row.consent().split("\\|", -1)) {
        try {
          var channel = Channel.valueOf(name);
          if (row.kind().carries(channel)) {
            channels.add(channel);
          } else {
            problems.add(
                row.field() + "_consent",
                row.consent(),
                channel + " cannot reach a " + row.kind() + " address");
          }
        } catch (IllegalArgumentException e) {
          problems.add(
              row.field() + "_consent",
              row.consent(),
              "'" + name + "' is not a channel (VOICE, RINGLESS_VOICEMAIL, SMS, EMAIL, LETTER)");
        }
      }
    }
    var zone = row.zone() == null ? null : zone(problems, row.field() + "_zone", row.zone());
    var place = ContactPoint.Place.UNKNOWN;
    if (row.place() != null) {
      try {
        place = ContactPoint.Place.valueOf(row.place());
      } catch (IllegalArgumentException e) {
        problems.add(
            row.field() + "_line", row.place(), "must be HOME, WORK, MOBILE, OTHER or UNKNOWN");
      }
      if (place == ContactPoint.Place.MOBILE && row.kind() != ContactPoint.Kind.PHONE) {
        problems.add(row.field() + "_line", row.place(), "only a phone number can be a mobile");
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new ContactPoint(address, row.kind(), use, channels, null, zone, place, null);
  }

  private static boolean isE164(String number) {
    int n = number.length();
    if (n < 8 || n > 16 || number.charAt(0) != '+' || number.charAt(1) == '0') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = number.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The problems of one row, allocated only when there is one. */
  private static final class Problems {
    private final long line;
    private @Nullable List<RowProblem> found;

    Problems(long line) {
      this.line = line;
    }

    void add(String field, String value, String reason) {
      if (found == null) {
        found = new ArrayList<>(2);
      }
      found.add(new RowProblem(line, field, value, reason));
    }

    int size() {
      return found == null ? 0 : found.size();
    }

    boolean isEmpty() {
      return found == null;
    }

    Verdict verdict() {
      return new Verdict.Invalid(found == null ? List.of() : found);
    }
  }
}
