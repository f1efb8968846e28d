package io.cobranza.adapters.persistence;

import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.debtor.Debtors;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.ContactPointUse;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.debtor.InconvenientTime;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.debtor.Moratorium;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DebtorRoundTripIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private final Debtors debtors = DATABASE.persistence().debtors();

  @Test
  void aDebtorWithEveryDetailIsReadBackEqual() {
    var debtor =
        aDebtor()
            .withId("D-full")
            .inJurisdiction(Jurisdiction.of("US-NY"))
            .withTimeZone("America/New_York")
            .withContactPoints(
                ContactPoint.phone("+12125550100", Channel.VOICE, Channel.SMS)
                    .inZone(ZoneId.of("America/New_York"))
                    .at(ContactPoint.Place.MOBILE),
                ContactPoint.phone("+12125550111", Channel.VOICE)
                    .at(ContactPoint.Place.HOME)
                    .markNotTheDebtors(Instant.parse("2026-10-20T14:30:00.5Z")),
                new ContactPoint(
                    "work@example.com",
                    ContactPoint.Kind.EMAIL,
                    ContactPointUse.WORK,
                    Set.of(),
                    Instant.parse("2026-10-01T12:00:00Z"),
                    null),
                ContactPoint.postal("1 Main St, Albany NY 12207"))
            .withProhibitedMedium(Channel.RINGLESS_VOICEMAIL)
            .withProhibitedMedium(Channel.IN_APP)
            .withInconvenientTime(
                new InconvenientTime(
                    EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                    LocalTime.of(22, 0),
                    LocalTime.of(9, 30)))
            .withInconvenientPlace(ContactPoint.Place.HOME)
            .withInconvenientPlace(ContactPoint.Place.WORK)
            .withCeaseRequestedAt(Instant.parse("2026-11-02T08:15:30.123456Z"))
            .inMoratorium(
                new Moratorium(
                    Moratorium.Kind.BREATHING_SPACE,
                    Instant.parse("2026-11-01T00:00:00Z"),
                    Instant.parse("2027-01-30T00:00:00Z")))
            .vulnerable()
            .whoseEmployerProhibitsContactAtWork()
            .build();

    debtors.save(debtor);

    assertThat(debtors.find(debtor.id())).contains(debtor);
  }

  @Test
  void aDebtorWithNothingOptionalIsReadBackEqual() {
    var debtor = aDebtor().withId("D-bare").withUnknownTimeZone().withContactPoints().build();
    var spanish =
        new io.cobranza.domain.debtor.Debtor(
            debtor.id(),
            Jurisdiction.GB,
            null,
            Locale.forLanguageTag("es-MX"),
            debtor.contactPoints(),
            Set.of(),
            debtor.inconvenientTimes(),
            null,
            null,
            false,
            false,
            Set.of());

    debtors.save(spanish);

    assertThat(debtors.find(spanish.id())).contains(spanish);
  }

  @Test
  void savingAChangedDebtorReplacesWhatWasStored() {
    var debtor = aDebtor().withId("D-changes").build();
    debtors.save(debtor);

    var changed =
        debtor
            .optOutOf(
                debtor.contactPoints().getFirst().address(), Instant.parse("2026-11-05T10:00:00Z"))
            .prohibitMedium(Channel.EMAIL)
            .markNotTheirs(
                debtor.contactPoints().getFirst().address(), Instant.parse("2026-11-06T10:00:00Z"))
            .withInconvenientPlaces(Set.of(ContactPoint.Place.OTHER))
            .withInconvenientTimes(
                java.util.List.of(
                    InconvenientTime.daily(LocalTime.of(12, 0), LocalTime.of(13, 0))));
    debtors.save(changed);

    assertThat(debtors.find(debtor.id())).contains(changed);

    var placesForgotten = changed.withInconvenientPlaces(Set.of());
    debtors.save(placesForgotten);
    assertThat(debtors.find(debtor.id()).orElseThrow().inconvenientPlaces()).isEmpty();
  }

  @Test
  void anUnknownDebtorIsNotFound() {
    assertThat(debtors.find(DebtorId.of("D-nobody"))).isEmpty();
  }
}
