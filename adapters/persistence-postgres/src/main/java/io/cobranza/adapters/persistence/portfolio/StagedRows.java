package io.cobranza.adapters.persistence.portfolio;

import io.cobranza.adapters.persistence.Columns;
import io.cobranza.application.portfolio.ValidatedAccount;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a chunk as COPY text for the staging tables of {@link JooqPortfolioStore}: one method
 * per table, each naming the columns it writes in {@code TABLE (columns)} form.
 */
final class StagedRows {
  /** New debtors go straight into their table (a stored debtor is left out by the caller). */
  static final String DEBTORS =
      "debtors (id, jurisdiction, stated_zone, language, cease_requested_at,"
          + " moratorium_kind, moratorium_start, moratorium_end, vulnerable,"
          + " employer_prohibits_contact_at_work)";

  /** The contact points of the new debtors, straight into their table. */
  static final String CONTACT_POINTS =
      "contact_points (debtor_id, position, address, kind, use, consented_channels,"
          + " opted_out_at, zone, place, not_the_debtors_since)";

  static final String ACCOUNTS =
      "stage_accounts (id, debtor_id, product, balance, currency, minimum_due, next_due_on,"
          + " as_of, days_past_due, stage, attorney, attorney_contact, attorney_since,"
          + " dispute_received_at, dispute_written, dispute_verification_sent_at,"
          + " dispute_resolved_at, validation_notice_sent_on, attributes)";

  /**
   * Payments go straight into their table (the same columns in the same order): a payment id that
   * is stored already fails the COPY with a unique violation, and the chunk is decided again.
   */
  static final String PAYMENTS =
      "payments (id, account_id, amount, amount_currency, received_on, method)";

  private StagedRows() {}

  /**
   * Each new debtor once, as its first row in the chunk has it (a stored debtor, in {@code stored},
   * is kept as stored and left out). The bulk path writes what a file can say: a debtor with
   * inconvenient times or places or prohibited media, which no import row carries, is refused
   * rather than half written.
   */
  static void debtors(CopyRows rows, List<ValidatedAccount> chunk, Set<String> stored)
      throws SQLException {
    var seen = new HashSet<String>(stored);
    for (var row : chunk) {
      var debtor = row.debtor();
      if (!seen.add(debtor.id().value())) {
        continue;
      }
      if (!debtor.inconvenientTimes().isEmpty()
          || !debtor.inconvenientPlaces().isEmpty()
          || !debtor.prohibitedMedia().isEmpty()) {
        throw new IllegalArgumentException(
            "line "
                + row.line()
                + ": the bulk import does not write inconvenient times or places or prohibited"
                + " media");
      }
      var moratorium = debtor.moratorium();
      rows.text(debtor.id().value())
          .text(debtor.jurisdiction().code())
          .text(debtor.statedZone() == null ? null : debtor.statedZone().getId())
          .text(debtor.language().toLanguageTag())
          .plain(debtor.ceaseRequestedAt())
          .plain(moratorium == null ? null : moratorium.kind().name())
          .plain(moratorium == null ? null : moratorium.start())
          .plain(moratorium == null ? null : moratorium.end())
          .bool(debtor.vulnerable())
          .bool(debtor.employerProhibitsContactAtWork())
          .endRow();
    }
  }

  /** The contact points of each new debtor of the chunk, once per debtor, with their positions. */
  static void contactPoints(CopyRows rows, List<ValidatedAccount> chunk, Set<String> stored)
      throws SQLException {
    var seen = new HashSet<String>(stored);
    for (var row : chunk) {
      var debtor = row.debtor();
      var id = debtor.id().value();
      if (debtor.contactPoints().isEmpty() || !seen.add(id)) {
        continue;
      }
      var points = debtor.contactPoints();
      for (int position = 0; position < points.size(); position++) {
        var point = points.get(position);
        rows.text(id).number(position).text(point.address()).plain(point.kind().name());
        rows.plain(point.use().name());
        // An array literal has commas: quoted as a CSV field (the names need no array quoting).
        rows.text("{" + String.join(",", Columns.names(point.consentedChannels())) + "}");
        rows.plain(point.optedOutAt())
            .text(point.zone() == null ? null : point.zone().getId())
            .plain(point.place().name())
            .plain(point.notTheDebtorsSince())
            .endRow();
      }
    }
  }

  /** The accounts, with their attributes as a JSON object (null when there are none). */
  static void accounts(CopyRows rows, List<ValidatedAccount> chunk) throws SQLException {
    for (var row : chunk) {
      var account = row.account();
      var delinquency = account.delinquency();
      if (!delinquency.transitions().isEmpty()) {
        throw new IllegalArgumentException(
            "line " + row.line() + ": the bulk import does not write stage histories");
      }
      var attorney = account.attorney();
      var dispute = account.dispute();
      rows.text(account.id().value())
          .text(account.debtorId().value())
          .text(account.product())
          .plain(account.balance().amount().toPlainString())
          .plain(account.balance().currency().getCurrencyCode())
          .plain(account.minimumDue().amount().toPlainString())
          .plain(account.nextDueOn())
          .plain(delinquency.asOf())
          .number(delinquency.daysPastDue())
          .plain(delinquency.stage().name())
          .text(attorney == null ? null : attorney.attorney())
          .text(attorney == null ? null : attorney.attorneyContact())
          .plain(attorney == null ? null : attorney.since())
          .plain(dispute == null ? null : dispute.receivedAt());
      if (dispute == null) {
        rows.plain(null);
      } else {
        rows.bool(dispute.written());
      }
      rows.plain(dispute == null ? null : dispute.verificationSentAt())
          .plain(dispute == null ? null : dispute.resolvedAt())
          .plain(account.validationNoticeSentOn());
      if (row.attributes().isEmpty()) {
        rows.plain(null);
      } else {
        rows.text(json(row.attributes()));
      }
      rows.endRow();
    }
  }

  /** The payments of every account, in the file's order. */
  static void payments(CopyRows rows, List<ValidatedAccount> chunk) throws SQLException {
    for (var row : chunk) {
      for (var payment : row.payments()) {
        rows.text(payment.id())
            .text(payment.accountId().value())
            .plain(payment.amount().amount().toPlainString())
            .plain(payment.amount().currency().getCurrencyCode())
            .plain(payment.receivedOn())
            .text(payment.method())
            .endRow();
      }
    }
  }

  /** A JSON object of string values. */
  static String json(Map<String, String> attributes) {
    var json = new StringBuilder(32 * attributes.size() + 2).append('{');
    var keys = attributes.keySet().stream().sorted().toList();
    for (var key : keys) {
      if (json.length() > 1) {
        json.append(',');
      }
      jsonString(json, key).append(':');
      jsonString(json, attributes.get(key));
    }
    return json.append('}').toString();
  }

  private static StringBuilder jsonString(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }
}
