package io.cobranza.domain.contact.configurable;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.AttemptBuilder.aText;
import static io.cobranza.domain.fixtures.AttemptBuilder.anEmail;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.email;
import static io.cobranza.domain.fixtures.Contacts.local;
import static io.cobranza.domain.fixtures.Contacts.proposed;
import static io.cobranza.domain.fixtures.Contacts.text;
import static io.cobranza.domain.fixtures.DebtorBuilder.EMAIL;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.configurable.ConfigurableRuleSet.Cap;
import io.cobranza.domain.contact.configurable.ConfigurableRuleSet.ContactHours;
import io.cobranza.domain.contact.configurable.ConfigurableRuleSet.SpecError;
import io.cobranza.domain.contact.policy.CapScope;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.contact.usregf.RegulationF;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.debtor.Moratorium;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An operator expresses another jurisdiction's contact rules as data, validated before use. */
class ConfigurableRuleSetTest {
  private static final Jurisdiction CANADA = Jurisdiction.of("CA");
  private static final String TORONTO = "America/Toronto";

  private static final Cap THREE_TEXTS_A_WEEK =
      new Cap("acme.texts-per-week", Set.of(Channel.SMS), 3, 7, null, CapScope.PER_PERSON, null);
  private static final Cap TWO_CALLS_A_DAY_PER_DEBT =
      new Cap(
          "acme.calls-per-day",
          Set.of(Channel.VOICE),
          2,
          null,
          Duration.ofHours(24),
          CapScope.PER_DEBT,
          EnumSet.complementOf(EnumSet.of(ContactOutcome.NOT_CONNECTED)));
  private static final Cap ONE_DELIVERED_EMAIL_A_DAY =
      new Cap(
          "acme.emails-per-day",
          Set.of(Channel.EMAIL),
          1,
          1,
          null,
          CapScope.PER_PERSON,
          EnumSet.of(ContactOutcome.SENT, ContactOutcome.DELIVERED, ContactOutcome.OPENED));
  private static final ContactHours WEEKDAYS_AND_SATURDAY =
      new ContactHours(
          LocalTime.of(8, 0),
          LocalTime.of(20, 0),
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
          List.of(LocalDate.of(2026, 7, 1)),
          null);

  private final ConfigurableRuleSet canada =
      new ConfigurableRuleSet(
          "CA operator rules",
          "ACME collections policy v3 (Canada)",
          List.of(TORONTO, "America/Vancouver"),
          List.of(THREE_TEXTS_A_WEEK, TWO_CALLS_A_DAY_PER_DEBT, ONE_DELIVERED_EMAIL_A_DAY),
          WEEKDAYS_AND_SATURDAY);
  private final ContactGate gate =
      new ContactGate(StandardRuleBook.withOperatorRules(Map.of(CANADA, canada.toRules())));
  private final Debtor debtor = aDebtor().inJurisdiction(CANADA).withTimeZone(TORONTO).build();
  private final CollectionCase twoDebts =
      aCase()
          .withAccount(anAccount().withId("A-1").build())
          .withAccount(anAccount().withId("A-2").build())
          .build();

  private static Instant toronto(String dateTime) {
    return local(dateTime, TORONTO);
  }

  private ContactDecision decide(
      List<ContactAttempt> history, ProposedContact proposed, Instant now) {
    return gate.decide(debtor, twoDebts, ContactHistory.of(history), proposed, now);
  }

  @Test
  void aValidSpecBuildsTheConfiguredRulesOnTopOfTheBaseline() {
    assertThat(canada.validate()).isEmpty();
    var ids = canada.toRules().policies().stream().map(p -> p.rule().id()).toList();
    assertThat(ids)
        .contains(
            "contact-hours",
            "acme.texts-per-week",
            "acme.calls-per-day",
            "acme.emails-per-day",
            "baseline.opt-out",
            "baseline.moratorium",
            "baseline.hold");
    assertThat(canada.toRules().policies())
        .allMatch(p -> p.rule().provision().contains("ACME collections policy v3"));
    assertThat(canada.configuredPolicies()).hasSize(4);
  }

  @Test
  void validationListsEveryErrorWithItsField() {
    var broken =
        new ConfigurableRuleSet(
            null,
            " ",
            Arrays.asList("Mars/Olympus_Mons", null),
            Arrays.asList(
                new Cap("Bad Id", Set.of(), 0, 7, Duration.ofDays(1), null, Set.of()),
                new Cap("acme.dup", Set.of(Channel.SMS), 1, 0, null, CapScope.PER_DEBT, null),
                new Cap(
                    "acme.dup",
                    Set.of(Channel.SMS),
                    1,
                    null,
                    Duration.ZERO,
                    CapScope.PER_DEBT,
                    null),
                new Cap("baseline.opt-out", null, null, null, null, CapScope.PER_PERSON, null),
                null),
            new ContactHours(
                LocalTime.of(21, 0),
                LocalTime.of(8, 0),
                Set.of(),
                Arrays.asList(LocalDate.of(2026, 1, 1), null),
                Set.of()));
    assertThat(broken.validate())
        .extracting(SpecError::field)
        .containsExactly(
            "name",
            "source",
            "timeZones[0]",
            "timeZones[1]",
            "caps[0].id",
            "caps[0].channels",
            "caps[0].max",
            "caps[0].windowDays",
            "caps[0].scope",
            "caps[0].countedOutcomes",
            "caps[1].windowDays",
            "caps[2].id",
            "caps[2].rollingWindow",
            "caps[3].id",
            "caps[3].channels",
            "caps[3].max",
            "caps[3].windowDays",
            "caps[4]",
            "contactHours.to",
            "contactHours.days",
            "contactHours.holidays[1]",
            "contactHours.channels");
    assertThat(broken.validate().get(4).toString())
        .isEqualTo("caps[0].id: 'Bad Id' is not an id of lower-case words and . or -");
  }

  @Test
  void anEmptySpecSaysWhatIsMissing() {
    var empty = new ConfigurableRuleSet(null, null, null, null, null);
    assertThat(empty.validate())
        .extracting(SpecError::field)
        .containsExactly("name", "source", "timeZones");
    var noHours =
        new ConfigurableRuleSet(
            "x", "y", List.of("UTC"), null, new ContactHours(null, null, null, null, null));
    assertThat(noHours.validate())
        .extracting(SpecError::field)
        .containsExactly("contactHours.from", "contactHours.to");
  }

  @Test
  void anInvalidSpecIsNotBuilt() {
    var invalid = new ConfigurableRuleSet("x", "y", List.of(), List.of(), null);
    assertThatThrownBy(invalid::toRules)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("timeZones: at least one time zone is required");
  }

  @Test
  void aPerPersonCapCountsContactsAboutEveryDebt() {
    var texts =
        List.of(
            aText().about("A-1").at(toronto("2026-04-06T10:00")).build(),
            aText().about("A-2").at(toronto("2026-04-07T10:00")).build(),
            aText().about("A-1").at(toronto("2026-04-08T10:00")).build());
    assertThatDecision(decide(texts, text("A-2"), toronto("2026-04-09T10:00")))
        .isDeferredUntil(toronto("2026-04-13T08:00"))
        .isDeferredBy("acme.texts-per-week");
  }

  @Test
  void aPerDebtCapCountsOnlyThatDebtOnARollingWindow() {
    var calls =
        List.of(
            aCall().about("A-1").at(toronto("2026-04-06T10:00")).build(),
            aCall().about("A-1").at(toronto("2026-04-06T11:00")).build(),
            aCall().about("A-1").busy().at(toronto("2026-04-06T12:00")).build());
    assertThatDecision(decide(calls, call("A-1"), toronto("2026-04-06T15:00")))
        .isDeferredUntil(toronto("2026-04-07T10:00"))
        .isDeferredBy("acme.calls-per-day");
    assertThatDecision(decide(calls, call("A-2"), toronto("2026-04-06T15:00"))).isAllowed();
  }

  @Test
  void onlyTheCountedOutcomesCount() {
    var bounced =
        anEmail().withOutcome(ContactOutcome.BOUNCED).at(toronto("2026-04-07T09:00")).build();
    assertThatDecision(decide(List.of(bounced), email(), toronto("2026-04-07T12:00"))).isAllowed();
    var delivered = anEmail().at(toronto("2026-04-07T09:00")).build();
    assertThatDecision(decide(List.of(delivered), email(), toronto("2026-04-07T12:00")))
        .isDeferredUntil(toronto("2026-04-08T08:00"));
  }

  @Test
  void noContactOnADayThatIsNotAllowed() {
    assertThatDecision(decide(List.of(), call(), toronto("2026-04-12T10:00")))
        .isDeferredUntil(toronto("2026-04-13T08:00"))
        .isDeferredBy("contact-hours");
  }

  @Test
  void noContactOnAListedHoliday() {
    assertThatDecision(decide(List.of(), email(), toronto("2026-07-01T10:00")))
        .isDeferredUntil(toronto("2026-07-02T08:00"));
  }

  @Test
  void whenTheDebtorsZoneIsUnknownTheRuleSetsZonesApply() {
    var nowhere = aDebtor().inJurisdiction(CANADA).withUnknownTimeZone().build();
    // 08:30 in Toronto is 05:30 in Vancouver.
    assertThatDecision(
            gate.decide(
                nowhere, twoDebts, ContactHistory.empty(), call(), toronto("2026-04-07T08:30")))
        .isDeferredUntil(local("2026-04-07T08:00", "America/Vancouver"));
  }

  @Test
  void theBaselineStillHonoursTheDebtorsRequestsAndMoratoria() {
    var optedOut = debtor.optOutOf(EMAIL, toronto("2026-04-01T10:00"));
    assertThatDecision(
            gate.decide(
                optedOut, twoDebts, ContactHistory.empty(), email(), toronto("2026-04-07T10:00")))
        .isRefusedBy("baseline.opt-out");
    var paused =
        debtor.withMoratorium(
            new Moratorium(Moratorium.Kind.DECLARED, toronto("2026-04-01T00:00"), null));
    assertThatDecision(
            gate.decide(
                paused, twoDebts, ContactHistory.empty(), call(), toronto("2026-04-07T10:00")))
        .isRefusedBy("baseline.moratorium");
  }

  @Test
  void theBaselineHonoursAPlaceTheDebtorNamedInconvenient() {
    var notAtHome =
        debtor
            .withContactPoints(
                List.of(
                    ContactPoint.phone("+14165550100", Channel.VOICE).at(ContactPoint.Place.HOME),
                    ContactPoint.phone("+14165550101", Channel.VOICE)
                        .at(ContactPoint.Place.MOBILE)))
            .withInconvenientPlaces(Set.of(ContactPoint.Place.HOME));
    var now = toronto("2026-04-07T10:00");
    assertThatDecision(
            gate.decide(
                notAtHome,
                twoDebts,
                ContactHistory.empty(),
                proposed(Channel.VOICE, "+14165550100"),
                now))
        .isRefusedOnlyBy("baseline.inconvenient-places");
    assertThatDecision(
            gate.decide(
                notAtHome,
                twoDebts,
                ContactHistory.empty(),
                proposed(Channel.VOICE, "+14165550101"),
                now))
        .isAllowed();
  }

  @Test
  void aFirmsOwnCapAddsToRegulationForDebtorsInOneState() {
    var firm =
        new ConfigurableRuleSet(
            "ACME Massachusetts",
            "ACME collections policy v3 (Massachusetts)",
            RegulationF.US_ZONES.stream().map(Object::toString).toList(),
            List.of(
                new Cap(
                    "acme.calls-per-week",
                    Set.of(Channel.VOICE),
                    2,
                    7,
                    null,
                    CapScope.PER_DEBT,
                    null)),
            null);
    var massachusetts = Jurisdiction.of("US-MA");
    var book =
        StandardRuleBook.withOperatorRules(
            Map.of(
                massachusetts,
                RegulationF.rules().plus("Regulation F and ACME MA", firm.configuredPolicies())));
    var gate = new ContactGate(book);
    var calls = new ArrayList<ContactAttempt>();
    calls.add(aCall().at(local("2026-04-06T10:00", "America/Chicago")).build());
    calls.add(aCall().at(local("2026-04-07T10:00", "America/Chicago")).build());
    var now = local("2026-04-08T10:00", "America/Chicago");
    var inBoston = aDebtor().inJurisdiction(massachusetts).build();
    assertThatDecision(
            gate.decide(inBoston, aCase().build(), ContactHistory.of(calls), call(), now))
        .isDeferredUntil(local("2026-04-13T08:00", "America/Chicago"))
        .isDeferredBy("acme.calls-per-week");
    var inTexas = aDebtor().inJurisdiction(Jurisdiction.US).build();
    assertThatDecision(gate.decide(inTexas, aCase().build(), ContactHistory.of(calls), call(), now))
        .isAllowed();
  }
}
