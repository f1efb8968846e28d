package io.cobranza.application.contact;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.PHONE;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.InvalidCommandException;
import io.cobranza.application.fakes.InMemoryAuditTrail;
import io.cobranza.application.fakes.InMemoryCases;
import io.cobranza.application.fakes.InMemoryContactAttempts;
import io.cobranza.application.fakes.InMemoryDebtors;
import io.cobranza.application.fakes.MutableClock;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.AttorneyRepresentation;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleOverride;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.fixtures.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecidingContactTest {
  private static final CaseId CASE = CaseId.of("C-1");

  /** 07:30 in Chicago on a Monday. */
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:30:00Z"));

  private final InMemoryDebtors debtors = new InMemoryDebtors();
  private final InMemoryCases cases = new InMemoryCases();
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final DecidingContact deciding =
      new DecidingContact(
          debtors,
          cases,
          new InMemoryContactAttempts(),
          new ContactGate(StandardRuleBook.create()),
          (request, debtor, theCase, now) -> Messages.compliantFor(request),
          audit,
          clock);

  @BeforeEach
  void aChicagoDebtorWithACardAndALoanRepresentedByAnAttorney() {
    debtors.save(aDebtor().withTimeZone("America/Chicago").build());
    cases.save(
        aCase()
            .withAccount(anAccount().withId("A-1").build())
            .withAccount(
                anAccount()
                    .withId("A-2")
                    .representedBy(
                        new AttorneyRepresentation(
                            "Counsel",
                            "counsel@example.com",
                            Instant.parse("2026-11-01T00:00:00Z")))
                    .build())
            .build());
  }

  private ContactDecision decide(DecideContact command) {
    var result = deciding.decide(command);
    assertThat(result).isInstanceOf(DecideContactResult.Decided.class);
    return ((DecideContactResult.Decided) result).decision();
  }

  private static DecideContact smsAbout(String account) {
    return new DecideContact(
        CASE,
        Channel.SMS,
        PHONE,
        Set.of(AccountId.of(account)),
        ContactPurpose.COLLECTION,
        Initiator.AUTOMATED,
        List.of(),
        Recipient.theDebtor(),
        "early.reminder.sms");
  }

  @Test
  void aTextBeforeEightLocalIsDeferredUntilEight() {
    var decision = decide(smsAbout("A-1"));

    assertThat(decision)
        .isInstanceOfSatisfying(
            ContactDecision.Deferred.class,
            d -> assertThat(d.until()).isEqualTo(Instant.parse("2026-11-23T14:00:00Z")));
  }

  @Test
  void aContactAboutTheRepresentedDebtIsRefusedAndAboutEveryDebtTooNamingTheProvision() {
    clock.set(Instant.parse("2026-11-23T16:00:00Z"));

    assertThat(decide(smsAbout("A-1"))).isInstanceOf(ContactDecision.Allowed.class);
    assertThat(decide(smsAbout("A-2")))
        .isInstanceOfSatisfying(
            ContactDecision.Refused.class,
            r -> assertThat(r.rules().toString()).contains("1006.6(b)(2)"));
    assertThat(decide(DecideContact.collection(CASE, Channel.SMS, PHONE)))
        .isInstanceOf(ContactDecision.Refused.class);
  }

  @Test
  void theRepresentedDebtIsDiscussedWithTheAttorneyAtTheirRecordedContact() {
    // 12 CFR 1006.6(b)(2): the contact goes to the attorney; before 08:00 in Chicago too, since
    // the consumer's hours (1006.6(b)(1)) are the consumer's.
    var toCounsel =
        new DecideContact(
            CASE,
            Channel.EMAIL,
            "counsel@example.com",
            Set.of(AccountId.of("A-2")),
            ContactPurpose.COLLECTION,
            Initiator.PERSON,
            List.of(),
            Recipient.theirAttorney(),
            null);

    // A written message's content must be known, whoever it is for.
    assertThat(decide(toCounsel)).isInstanceOf(ContactDecision.Refused.class);
    assertThat(decide(toCounsel.withTemplate("early.reminder.email")))
        .isInstanceOf(ContactDecision.Allowed.class);
  }

  @Test
  void anUnknownCaseOrDebtIsNotFoundNamingTheField() {
    assertThat(deciding.decide(DecideContact.collection(CaseId.of("C-9"), Channel.SMS, PHONE)))
        .isEqualTo(new DecideContactResult.NotFound("caseId", "C-9"));
    assertThat(deciding.decide(smsAbout("A-9")))
        .isEqualTo(new DecideContactResult.NotFound("accountIds", "A-9"));
  }

  @Test
  void anOverrideOfTheCallCapIsAllowedAndWrittenToTheAuditTrail() {
    clock.set(Instant.parse("2026-11-23T16:00:00Z"));
    var attempts = new InMemoryContactAttempts();
    var withEightCalls =
        new DecidingContact(
            debtors,
            cases,
            attempts,
            new ContactGate(StandardRuleBook.create()),
            (request, debtor, theCase, now) -> Messages.compliantFor(request),
            audit,
            clock);
    for (int i = 0; i < 7; i++) {
      attempts.record(
          new io.cobranza.domain.contact.ContactAttempt(
              "call-" + i,
              io.cobranza.domain.debtor.DebtorId.of("D-1"),
              Set.of(AccountId.of("A-1")),
              Channel.VOICE,
              io.cobranza.domain.contact.Direction.OUTBOUND,
              PHONE,
              clock.instant().minusSeconds(3600L * (i + 1)),
              io.cobranza.domain.contact.ContactOutcome.NO_ANSWER,
              false,
              Recipient.theDebtor()));
    }
    var call =
        new DecideContact(
            CASE,
            Channel.VOICE,
            PHONE,
            Set.of(AccountId.of("A-1")),
            ContactPurpose.COLLECTION,
            Initiator.PERSON,
            List.of(),
            Recipient.theDebtor(),
            null);
    assertThat(withEightCalls.decide(call))
        .extracting(r -> ((DecideContactResult.Decided) r).decision())
        .isInstanceOf(ContactDecision.Deferred.class);

    var override =
        new RuleOverride(
            "regf.call-frequency",
            "the debtor asked to be called back today",
            "agent-7",
            clock.instant());
    var overridden =
        new DecideContact(
            CASE,
            Channel.VOICE,
            PHONE,
            Set.of(AccountId.of("A-1")),
            ContactPurpose.COLLECTION,
            Initiator.PERSON,
            List.of(override),
            Recipient.theDebtor(),
            null);

    assertThat(withEightCalls.decide(overridden))
        .extracting(r -> ((DecideContactResult.Decided) r).decision())
        .isInstanceOf(ContactDecision.Allowed.class);
    assertThat(audit.by("agent-7"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.action()).isEqualTo("contact.rule-overridden");
          assertThat(e.before()).isEqualTo("regf.call-frequency");
          assertThat(e.after()).contains("called back");
        });
  }

  @Test
  void onlyAPersonCanOverrideARule() {
    var override =
        new RuleOverride(
            "regf.call-frequency", "debtor asked to be called back", "agent-7", clock.instant());
    assertThatThrownBy(() ->
            new DecideContact(
                CASE,
                Channel.VOICE,
                PHONE,
                Set.of(),
                ContactPurpose.COLLECTION,
                Initiator.AUTOMATED,
                List.of(override),
                Recipient.theDebtor(),
                null))
        .isInstanceOfSatisfying(
            InvalidCommandException.class, e -> assertThat(e.field()).isEqualTo("overrides"));
  }

  /**
   * A question about a text that names no template is about a message whose content is unknown: the
   * gate refuses it (12 CFR 1006.6(e), 1006.18(e) cannot be checked); the same text with its
   * template rendered is allowed.
   */
  @Test
  void aTextWhoseTemplateIsNotNamedIsRefusedForItsUnknownContent() {
    clock.set(Instant.parse("2026-11-23T16:00:00Z"));
    var unnamed = DecideContact.collection(CASE, Channel.SMS, PHONE);

    assertThat(decide(unnamed))
        .isInstanceOfSatisfying(
            ContactDecision.Refused.class,
            r ->
                assertThat(r.rules())
                    .extracting(rule -> rule.id())
                    .contains("regf.message-content"));
    assertThat(decide(smsAbout("A-1"))).isInstanceOf(ContactDecision.Allowed.class);
  }
}
