package io.cobranza.application.portfolio;

import static io.cobranza.application.portfolio.ARow.aRow;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioRowValidatorTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 2, 10);
  private final PortfolioRowValidator validator =
      new PortfolioRowValidator(ImportLimits.DEFAULT, TODAY);

  private List<RowProblem> problems(ARow row) {
    var verdict = validator.validate(row.build());
    assertThat(verdict).isInstanceOf(PortfolioRowValidator.Verdict.Invalid.class);
    return ((PortfolioRowValidator.Verdict.Invalid) verdict).problems();
  }

  private void refuses(ARow row, String field, String reasonPart) {
    assertThat(problems(row))
        .anySatisfy(p -> {
          assertThat(p.field()).isEqualTo(field);
          assertThat(p.reason()).contains(reasonPart);
          assertThat(p.line()).isEqualTo(7);
        });
  }

  @Test
  void aGoodRowBecomesADebtorWithAnAccountAndItsPayments() {
    var verdict = validator.validate(aRow().attribute("x_branch", "7").build());

    var account = ((PortfolioRowValidator.Verdict.Valid) verdict).account();
    assertThat(account.debtor().contactPoints())
        .extracting(ContactPoint::address)
        .containsExactly("+12125550100", "ann@example.com");
    assertThat(account.debtor().contactPoints().getFirst().consentedChannels())
        .containsExactlyInAnyOrder(Channel.VOICE, Channel.SMS);
    assertThat(account.account().balance().toString()).isEqualTo("1200.50 USD");
    assertThat(account.account().delinquency().stage()).isEqualTo(LifecycleStage.MID);
    assertThat(account.payments())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.id()).isEqualTo("A-1/1");
          assertThat(p.method()).isEqualTo("unknown");
        });
    assertThat(account.attributes()).containsEntry("x_branch", "7");
  }

  @Test
  void refusesUnknownCodes() {
    refuses(aRow().line(7).currency("EURO"), "currency", "ISO 4217");
    refuses(aRow().line(7).currency("ZZZ"), "currency", "ISO 4217");
    refuses(aRow().line(7).jurisdiction("XX"), "jurisdiction", "ISO 3166-1");
    refuses(aRow().line(7).jurisdiction("usa"), "jurisdiction", "ISO 3166");
    refuses(aRow().line(7).timeZone("Mars/Olympus"), "time_zone", "IANA");
    refuses(aRow().line(7).timeZone("EST"), "time_zone", "IANA");
    refuses(aRow().line(7).language("not a tag"), "language", "BCP 47");
    refuses(aRow().line(7).product("Credit Card"), "product", "lower-case");
    refuses(
        aRow()
            .line(7)
            .contactPoint(
                new ContactPointRow(
                    "phone2", ContactPoint.Kind.PHONE, "+447700900123", "HOME", "", null)),
        "phone2_use",
        "PERSONAL, WORK or UNKNOWN");
    refuses(
        aRow()
            .line(7)
            .contactPoint(
                new ContactPointRow(
                    "phone2", ContactPoint.Kind.PHONE, "+447700900123", null, "FAX", null)),
        "phone2_consent",
        "not a channel");
    refuses(
        aRow()
            .line(7)
            .contactPoint(
                new ContactPointRow(
                    "email2", ContactPoint.Kind.EMAIL, "b@example.com", null, "SMS", null)),
        "email2_consent",
        "cannot reach");
  }

  @Test
  void aPhoneLineOfAKindBecomesAContactPointAtThatPlaceAndAnUnknownKindIsRefused() {
    var withLine =
        aRow()
            .contactPoint(
                new ContactPointRow(
                    "phone2", ContactPoint.Kind.PHONE, "+447700900123", null, "", null, "HOME"));
    var account = ((PortfolioRowValidator.Verdict.Valid) validator.validate(withLine.build()));
    assertThat(account.account().debtor().contactPoints())
        .extracting(ContactPoint::place)
        .containsExactly(
            ContactPoint.Place.UNKNOWN, ContactPoint.Place.UNKNOWN, ContactPoint.Place.HOME);
    refuses(
        aRow()
            .line(7)
            .contactPoint(
                new ContactPointRow(
                    "phone2", ContactPoint.Kind.PHONE, "+447700900123", null, "", null, "CELL")),
        "phone2_line",
        "HOME, WORK, MOBILE, OTHER or UNKNOWN");
    refuses(
        aRow()
            .line(7)
            .contactPoint(
                new ContactPointRow(
                    "email2", ContactPoint.Kind.EMAIL, "b@example.com", null, "", null, "MOBILE")),
        "email2_line",
        "only a phone number can be a mobile");
  }

  @Test
  void refusesMalformedOrRepeatedContactPoints() {
    refuses(
        aRow()
            .line(7)
            .contactPoint(
                new ContactPointRow(
                    "phone2", ContactPoint.Kind.PHONE, "212-555-0100", null, "", null)),
        "phone2",
        "E.164");
    refuses(
        aRow()
            .line(7)
            .contactPoint(
                new ContactPointRow("email2", ContactPoint.Kind.EMAIL, "nobody", null, "", null)),
        "email2",
        "e-mail");
    refuses(
        aRow()
            .line(7)
            .contactPoint(
                new ContactPointRow(
                    "phone2", ContactPoint.Kind.PHONE, "+12125550100", null, "", null)),
        "phone2",
        "listed twice");
  }

  @Test
  void refusesNegativeAbsurdAndTooFineAmounts() {
    refuses(aRow().line(7).balance("-1.00"), "balance", "must not be negative");
    refuses(aRow().line(7).balance("10000000.01"), "balance", "ceiling of 10000000 USD");
    refuses(aRow().line(7).balance("12.345"), "balance", "more decimals than USD allows (2)");
    refuses(aRow().line(7).currency("JPY").balance("100.5"), "balance", "JPY allows (0)");
    refuses(aRow().line(7).minimumDue("-5"), "minimum_due", "must not be negative");
    refuses(aRow().line(7).minimumDue("5000"), "minimum_due", "exceeds the balance");
    refuses(aRow().line(7).payment("P-9", "0", LocalDate.of(2026, 1, 3)), "payments", "positive");
    refuses(
        aRow().line(7).payment("P-9", "20000000", LocalDate.of(2026, 1, 3)), "payments", "ceiling");
  }

  @Test
  void theCeilingIsConfigurable() {
    var strict =
        new PortfolioRowValidator(new ImportLimits(new BigDecimal("1000"), 365, 10), TODAY);

    assertThat(strict.validate(aRow().line(7).build()))
        .isInstanceOf(PortfolioRowValidator.Verdict.Invalid.class);
    assertThat(strict.validate(aRow().balance("999.00").build()))
        .isInstanceOf(PortfolioRowValidator.Verdict.Valid.class);
  }

  @Test
  void refusesDatesInTheFutureOrInconsistent() {
    refuses(aRow().line(7).asOf(TODAY.plusDays(2)), "as_of", "in the future");
    refuses(aRow().line(7).asOf(LocalDate.of(1899, 12, 31)), "as_of", "before 1900");
    refuses(aRow().line(7).payment("P-9", "10", TODAY.plusDays(5)), "payments", "in the future");
    refuses(
        aRow().line(7).payment("P-9", "10", LocalDate.of(2026, 2, 5)), "payments", "after as_of");
    refuses(
        aRow().line(7).nextDueOn(LocalDate.of(2028, 1, 1)), "next_due_on", "a year after as_of");
  }

  @Test
  void acceptsTomorrowInUtcForTheDateLine() {
    assertThat(validator.validate(aRow().asOf(TODAY.plusDays(1)).build()))
        .isInstanceOf(PortfolioRowValidator.Verdict.Valid.class);
  }

  @Test
  void refusesDaysPastDueOutOfRange() {
    refuses(aRow().line(7).daysPastDue(-1), "days_past_due", "between 0 and 10000");
    refuses(aRow().line(7).daysPastDue(10_001), "days_past_due", "between 0 and 10000");
  }

  @Test
  void refusesBadAndRepeatedIds() {
    refuses(aRow().line(7).debtor(""), "debtor_id", "is required");
    refuses(aRow().line(7).account("A 1"), "account_id", "printable");
    refuses(aRow().line(7).account("A".repeat(65)), "account_id", "at most 64");
    refuses(
        aRow()
            .line(7)
            .payment("P-1", "10", LocalDate.of(2026, 1, 3))
            .payment("P-1", "10", LocalDate.of(2026, 1, 4)),
        "payments",
        "appears twice");
  }

  @Test
  void listsEveryProblemOfARowNotOnlyTheFirst() {
    assertThat(problems(aRow().line(7).currency("XYZ").daysPastDue(-3).jurisdiction("ZZ")))
        .extracting(RowProblem::field)
        .containsExactly("jurisdiction", "currency", "days_past_due");
  }
}
