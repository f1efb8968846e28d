package io.cobranza.adapters.persistence.debtor;

import static io.cobranza.adapters.persistence.jooq.Tables.CONTACT_POINTS;
import static io.cobranza.adapters.persistence.jooq.Tables.DEBTORS;
import static io.cobranza.adapters.persistence.jooq.Tables.INCONVENIENT_PLACES;
import static io.cobranza.adapters.persistence.jooq.Tables.INCONVENIENT_TIMES;
import static io.cobranza.adapters.persistence.jooq.Tables.PROHIBITED_MEDIA;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.cobranza.adapters.persistence.Columns;
import io.cobranza.application.debtor.Debtors;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.ContactPointUse;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.debtor.InconvenientTime;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.debtor.Moratorium;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * {@link Debtors} in the tables debtors, contact_points, inconvenient_times, inconvenient_places,
 * prohibited_media.
 */
public final class JooqDebtors implements Debtors {
  private final DSLContext dsl;

  public JooqDebtors(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Debtor> find(DebtorId id) {
    return where(DEBTORS.ID.eq(id.value())).stream().findFirst();
  }

  @Override
  public Map<DebtorId, Debtor> findAll(Collection<DebtorId> ids) {
    var found = new LinkedHashMap<DebtorId, Debtor>();
    if (ids.isEmpty()) {
      return found;
    }
    var values = ids.stream().map(DebtorId::value).distinct().toArray(String[]::new);
    for (var debtor : where(DEBTORS.ID.eq(DSL.any(values)))) {
      found.put(debtor.id(), debtor);
    }
    return found;
  }

  private List<Debtor> where(org.jooq.Condition condition) {
    var points =
        multiset(
                select(
                        CONTACT_POINTS.ADDRESS,
                        CONTACT_POINTS.KIND,
                        CONTACT_POINTS.USE,
                        CONTACT_POINTS.CONSENTED_CHANNELS,
                        CONTACT_POINTS.OPTED_OUT_AT,
                        CONTACT_POINTS.ZONE,
                        CONTACT_POINTS.PLACE,
                        CONTACT_POINTS.NOT_THE_DEBTORS_SINCE)
                    .from(CONTACT_POINTS)
                    .where(CONTACT_POINTS.DEBTOR_ID.eq(DEBTORS.ID))
                    .orderBy(CONTACT_POINTS.POSITION))
            .convertFrom(r -> r.map(mapping(JooqDebtors::contactPoint)));
    var times =
        multiset(
                select(
                        INCONVENIENT_TIMES.DAYS,
                        INCONVENIENT_TIMES.FROM_TIME,
                        INCONVENIENT_TIMES.TO_TIME)
                    .from(INCONVENIENT_TIMES)
                    .where(INCONVENIENT_TIMES.DEBTOR_ID.eq(DEBTORS.ID))
                    .orderBy(INCONVENIENT_TIMES.POSITION))
            .convertFrom(r -> r.map(mapping(JooqDebtors::inconvenientTime)));
    var media =
        multiset(
                select(PROHIBITED_MEDIA.CHANNEL)
                    .from(PROHIBITED_MEDIA)
                    .where(PROHIBITED_MEDIA.DEBTOR_ID.eq(DEBTORS.ID)))
            .convertFrom(r -> Set.copyOf(r.map(m -> Channel.valueOf(m.value1()))));
    var places =
        multiset(
                select(INCONVENIENT_PLACES.PLACE)
                    .from(INCONVENIENT_PLACES)
                    .where(INCONVENIENT_PLACES.DEBTOR_ID.eq(DEBTORS.ID)))
            .convertFrom(r -> Set.copyOf(r.map(m -> ContactPoint.Place.valueOf(m.value1()))));
    return dsl.select(
            DEBTORS.ID,
            DEBTORS.JURISDICTION,
            DEBTORS.STATED_ZONE,
            DEBTORS.LANGUAGE,
            points,
            media,
            times,
            DEBTORS.CEASE_REQUESTED_AT,
            DEBTORS.MORATORIUM_KIND,
            DEBTORS.MORATORIUM_START,
            DEBTORS.MORATORIUM_END,
            DEBTORS.VULNERABLE,
            DEBTORS.EMPLOYER_PROHIBITS_CONTACT_AT_WORK,
            places)
        .from(DEBTORS)
        .where(condition)
        .fetch(mapping(JooqDebtors::debtor));
  }

  @Override
  public void save(Debtor debtor) {
    dsl.transaction(() -> {
      var row = dsl.newRecord(DEBTORS);
      row.setId(debtor.id().value());
      row.setJurisdiction(debtor.jurisdiction().code());
      row.setStatedZone(debtor.statedZone() == null ? null : debtor.statedZone().getId());
      row.setLanguage(debtor.language().toLanguageTag());
      row.setCeaseRequestedAt(debtor.ceaseRequestedAt());
      var moratorium = debtor.moratorium();
      row.setMoratoriumKind(moratorium == null ? null : moratorium.kind().name());
      row.setMoratoriumStart(moratorium == null ? null : moratorium.start());
      row.setMoratoriumEnd(moratorium == null ? null : moratorium.end());
      row.setVulnerable(debtor.vulnerable());
      row.setEmployerProhibitsContactAtWork(debtor.employerProhibitsContactAtWork());
      dsl.insertInto(DEBTORS).set(row).onConflict(DEBTORS.ID).doUpdate().set(row).execute();

      var id = debtor.id().value();
      dsl.deleteFrom(CONTACT_POINTS).where(CONTACT_POINTS.DEBTOR_ID.eq(id)).execute();
      dsl.deleteFrom(INCONVENIENT_TIMES).where(INCONVENIENT_TIMES.DEBTOR_ID.eq(id)).execute();
      dsl.deleteFrom(PROHIBITED_MEDIA).where(PROHIBITED_MEDIA.DEBTOR_ID.eq(id)).execute();
      dsl.deleteFrom(INCONVENIENT_PLACES).where(INCONVENIENT_PLACES.DEBTOR_ID.eq(id)).execute();
      var points = debtor.contactPoints();
      for (int i = 0; i < points.size(); i++) {
        var p = points.get(i);
        dsl.insertInto(CONTACT_POINTS)
            .set(CONTACT_POINTS.DEBTOR_ID, id)
            .set(CONTACT_POINTS.POSITION, i)
            .set(CONTACT_POINTS.ADDRESS, p.address())
            .set(CONTACT_POINTS.KIND, p.kind().name())
            .set(CONTACT_POINTS.USE, p.use().name())
            .set(CONTACT_POINTS.CONSENTED_CHANNELS, Columns.names(p.consentedChannels()))
            .set(CONTACT_POINTS.OPTED_OUT_AT, p.optedOutAt())
            .set(CONTACT_POINTS.ZONE, p.zone() == null ? null : p.zone().getId())
            .set(CONTACT_POINTS.PLACE, p.place().name())
            .set(CONTACT_POINTS.NOT_THE_DEBTORS_SINCE, p.notTheDebtorsSince())
            .execute();
      }
      var times = debtor.inconvenientTimes();
      for (int i = 0; i < times.size(); i++) {
        var t = times.get(i);
        dsl.insertInto(INCONVENIENT_TIMES)
            .set(INCONVENIENT_TIMES.DEBTOR_ID, id)
            .set(INCONVENIENT_TIMES.POSITION, i)
            .set(INCONVENIENT_TIMES.DAYS, Columns.names(t.days()))
            .set(INCONVENIENT_TIMES.FROM_TIME, t.from())
            .set(INCONVENIENT_TIMES.TO_TIME, t.to())
            .execute();
      }
      for (var channel : debtor.prohibitedMedia()) {
        dsl.insertInto(PROHIBITED_MEDIA)
            .set(PROHIBITED_MEDIA.DEBTOR_ID, id)
            .set(PROHIBITED_MEDIA.CHANNEL, channel.name())
            .execute();
      }
      for (var place : debtor.inconvenientPlaces()) {
        dsl.insertInto(INCONVENIENT_PLACES)
            .set(INCONVENIENT_PLACES.DEBTOR_ID, id)
            .set(INCONVENIENT_PLACES.PLACE, place.name())
            .execute();
      }
    });
  }

  private static Debtor debtor(
      String id,
      String jurisdiction,
      @Nullable String statedZone,
      String language,
      List<ContactPoint> points,
      Set<Channel> media,
      List<InconvenientTime> times,
      @Nullable Instant ceaseRequestedAt,
      @Nullable String moratoriumKind,
      @Nullable Instant moratoriumStart,
      @Nullable Instant moratoriumEnd,
      boolean vulnerable,
      boolean employerProhibitsContactAtWork,
      Set<ContactPoint.Place> inconvenientPlaces) {
    var moratorium =
        moratoriumKind == null || moratoriumStart == null
            ? null
            : new Moratorium(
                Moratorium.Kind.valueOf(moratoriumKind), moratoriumStart, moratoriumEnd);
    return new Debtor(
        DebtorId.of(id),
        Jurisdiction.of(jurisdiction),
        statedZone == null ? null : ZoneId.of(statedZone),
        Locale.forLanguageTag(language),
        points,
        media,
        times,
        ceaseRequestedAt,
        moratorium,
        vulnerable,
        employerProhibitsContactAtWork,
        inconvenientPlaces);
  }

  private static ContactPoint contactPoint(
      String address,
      String kind,
      String use,
      String[] channels,
      @Nullable Instant optedOutAt,
      @Nullable String zone,
      String place,
      @Nullable Instant notTheDebtorsSince) {
    return new ContactPoint(
        address,
        ContactPoint.Kind.valueOf(kind),
        ContactPointUse.valueOf(use),
        Columns.enums(Channel.class, channels),
        optedOutAt,
        zone == null ? null : ZoneId.of(zone),
        ContactPoint.Place.valueOf(place),
        notTheDebtorsSince);
  }

  private static InconvenientTime inconvenientTime(String[] days, LocalTime from, LocalTime to) {
    return new InconvenientTime(Columns.enums(DayOfWeek.class, days), from, to);
  }
}
