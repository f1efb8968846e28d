package io.cobranza.adapters.persistence;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.portfolio.ImportProgress;
import io.cobranza.application.portfolio.ImportSummary;
import io.cobranza.application.portfolio.RowProblem;
import io.cobranza.application.portfolio.ValidatedAccount;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Payment;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bulk portfolio store against the port's contract: progress, duplicates, atomicity. */
class PortfolioStoreIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private static ValidatedAccount row(
      long line, String debtor, String account, String... paymentIds) {
    var payments =
        Arrays.stream(paymentIds)
            .map(id ->
                new Payment(
                    id,
                    io.cobranza.domain.account.AccountId.of(account),
                    Money.of("10.00", "USD"),
                    AS_OF.minusDays(3),
                    "card"))
            .toList();
    return new ValidatedAccount(
        line,
        aDebtor().withId(debtor).build(),
        anAccount().withId(account).ofDebtor(debtor).daysPastDue(AS_OF, 40).build(),
        payments,
        Map.of());
  }

  private long count(String sql) {
    return DATABASE.persistence().dsl().fetchValue(sql) instanceof Number n ? n.longValue() : -1;
  }

  @Test
  void beginSaysNewThenHowFarItGotThenCompleted() {
    var store = DATABASE.persistence().portfolioStore();
    assertThat(store.begin("f-begin", "begin.csv")).isEqualTo(new ImportProgress.New());
    assertThat(store.begin("f-begin", "begin.csv")).isEqualTo(new ImportProgress.New());

    store.writeChunk("f-begin", List.of(row(2, "D-B1", "A-B1", "P-B1")), 2);
    store.writeChunk("f-begin", List.of(row(3, "D-B1", "A-B1"), row(4, "D-B2", "A-B2")), 5);
    assertThat(store.begin("f-begin", "begin.csv"))
        .isEqualTo(new ImportProgress.InProgress(5, 2, 1));

    var summary = new ImportSummary(2, 1, 1, 6);
    store.complete("f-begin", summary);
    assertThat(store.begin("f-begin", "begin.csv"))
        .isEqualTo(new ImportProgress.Completed(summary));
    assertThatThrownBy(() -> store.writeChunk("f-begin", List.of(row(7, "D", "A-x")), 7))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no import in progress");
    assertThat(
            count(
                "SELECT count(*) FROM imports WHERE fingerprint = 'f-begin'"
                    + " AND status = 'COMPLETED' AND completed_at IS NOT NULL AND rejected = 1"))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM placements WHERE portfolio = 'begin.csv'")).isEqualTo(2);
  }

  @Test
  void duplicatesAreRefusedWholeWithTheirLineAndField() {
    var store = DATABASE.persistence().portfolioStore();
    store.begin("f-dup-1", "first.csv");
    var first =
        store.writeChunk(
            "f-dup-1",
            List.of(
                row(2, "D-D1", "A-D1", "P-D1", "P-D2"),
                row(3, "D-D1", "A-D1", "P-D3"), // same account within the chunk
                row(4, "D-D2", "A-D2", "P-D2"), // same payment within the chunk
                row(5, "D-D2", "A-D3", "P-D4")),
            5);
    assertThat(first.written()).isEqualTo(2);
    assertThat(first.duplicates())
        .containsExactly(
            new RowProblem(3, "account_id", "A-D1", "duplicate: account already imported"),
            new RowProblem(4, "payments", "P-D2", "duplicate: payment already imported"));

    // Across chunks of the same file.
    var second =
        store.writeChunk(
            "f-dup-1",
            List.of(
                row(6, "D-D3", "A-D3", "P-D9"), // stored account
                row(7, "D-D3", "A-D4", "P-D10", "P-D4"), // stored payment
                row(8, "D-D3", "A-D5", "P-D11")),
            8);
    assertThat(second.written()).isEqualTo(1);
    assertThat(second.duplicates())
        .containsExactly(
            new RowProblem(6, "account_id", "A-D3", "duplicate: account already imported"),
            new RowProblem(7, "payments", "P-D4", "duplicate: payment already imported"));

    // Across files; a row refused for a stored payment frees its account id for a later row.
    store.begin("f-dup-2", "second.csv");
    var third =
        store.writeChunk(
            "f-dup-2",
            List.of(
                row(2, "D-D4", "A-D6", "P-D1"), // stored payment
                row(3, "D-D4", "A-D6", "P-D12"), // accepted: row 2 did not take A-D6
                row(4, "D-D4", "A-D1")), // stored account
            4);
    assertThat(third.written()).isEqualTo(1);
    assertThat(third.duplicates())
        .containsExactly(
            new RowProblem(2, "payments", "P-D1", "duplicate: payment already imported"),
            new RowProblem(4, "account_id", "A-D1", "duplicate: account already imported"));
    assertThat(store.begin("f-dup-2", "second.csv"))
        .isEqualTo(new ImportProgress.InProgress(4, 1, 2));

    assertThat(count("SELECT count(*) FROM accounts WHERE id LIKE 'A-D%'")).isEqualTo(4);
    assertThat(count("SELECT count(*) FROM payments WHERE id LIKE 'P-D%'")).isEqualTo(5);
    assertThat(count("SELECT count(*) FROM payments WHERE account_id = 'A-D6'")).isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM placements WHERE account_id = 'A-D6'"
                    + " AND portfolio = 'second.csv'"))
        .isEqualTo(1);
  }

  @Test
  void aKnownDebtorGetsTheNewAccountAndKeepsItsStoredFields() {
    var persistence = DATABASE.persistence();
    var stored = aDebtor().withId("D-K1").build();
    persistence.debtors().save(stored);
    var store = persistence.portfolioStore();
    store.begin("f-known", "known.csv");
    var other =
        aDebtor()
            .withId("D-K1")
            .inJurisdiction(Jurisdiction.of("GB"))
            .withTimeZone(ZoneId.of("Europe/London"))
            .withContactPoints()
            .build();
    var account = anAccount().withId("A-K1").ofDebtor("D-K1").daysPastDue(AS_OF, 5).build();
    var result =
        store.writeChunk(
            "f-known",
            List.of(new ValidatedAccount(2, other, account, List.of(), Map.of("x_branch", "7"))),
            2);

    assertThat(result.written()).isEqualTo(1);
    assertThat(persistence.debtors().find(stored.id())).contains(stored);
    assertThat(count("SELECT count(*) FROM accounts WHERE id = 'A-K1' AND debtor_id = 'D-K1'"))
        .isEqualTo(1);
    assertThat(
            persistence
                .dsl()
                .fetchValue(
                    "SELECT attributes->>'x_branch' FROM account_attributes"
                        + " WHERE account_id = 'A-K1'"))
        .isEqualTo("7");
  }

  @Test
  void aNewDebtorIsWrittenWithItsContactPointsAsItsFirstRowHasThem() {
    var persistence = DATABASE.persistence();
    var store = persistence.portfolioStore();
    store.begin("f-new", "new.csv");
    var debtor =
        aDebtor()
            .withId("D-N1")
            .vulnerable()
            .withContactPoint(
                io.cobranza.domain.debtor.ContactPoint.phone("+15125550177")
                    .at(io.cobranza.domain.debtor.ContactPoint.Place.HOME))
            .build();
    var later = aDebtor().withId("D-N1").inJurisdiction(Jurisdiction.of("GB")).build();
    var a1 = anAccount().withId("A-N1").ofDebtor("D-N1").daysPastDue(AS_OF, 5).build();
    var a2 = anAccount().withId("A-N2").ofDebtor("D-N1").daysPastDue(AS_OF, 95).build();
    store.writeChunk(
        "f-new",
        List.of(
            new ValidatedAccount(2, debtor, a1, List.of(), Map.of()),
            new ValidatedAccount(3, later, a2, List.of(), Map.of())),
        3);

    assertThat(persistence.debtors().find(debtor.id())).contains(debtor);
    assertThat(count("SELECT count(*) FROM accounts WHERE debtor_id = 'D-N1'")).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM contact_points WHERE debtor_id = 'D-N1'"))
        .isEqualTo(debtor.contactPoints().size());
  }

  @Test
  void aChunkThatFailsHalfwayLeavesNothingAndTheProgressAsItWas() {
    var store = DATABASE.persistence().portfolioStore();
    store.begin("f-atomic", "atomic.csv");
    store.writeChunk("f-atomic", List.of(row(2, "D-T1", "A-T1", "P-T1")), 2);

    // The progress update, the chunk's last statement, fails after every insert has run.
    var failing = new PersistenceConfiguration(failingOn("UPDATE imports", DATABASE.dataSource()));
    assertThatThrownBy(() ->
            failing
                .portfolioStore()
                .writeChunk(
                    "f-atomic",
                    List.of(row(3, "D-T2", "A-T2", "P-T2"), row(4, "D-T1", "A-T3", "P-T3")),
                    4))
        .hasStackTraceContaining("injected failure");

    assertThat(store.begin("f-atomic", "atomic.csv"))
        .isEqualTo(new ImportProgress.InProgress(2, 1, 0));
    assertThat(count("SELECT count(*) FROM accounts WHERE id LIKE 'A-T%'")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM debtors WHERE id LIKE 'D-T%'")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM payments WHERE id LIKE 'P-T%'")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM placements WHERE account_id LIKE 'A-T%'")).isEqualTo(1);

    // The same chunk again, as a re-run would write it.
    var again =
        store.writeChunk(
            "f-atomic", List.of(row(3, "D-T2", "A-T2", "P-T2"), row(4, "D-T1", "A-T3", "P-T3")), 4);
    assertThat(again.written()).isEqualTo(2);
    assertThat(again.duplicates()).isEmpty();
  }

  /** A data source whose connections fail on the first statement starting with {@code sql}. */
  private static DataSource failingOn(String sql, DataSource real) {
    return (DataSource)
        Proxy.newProxyInstance(
            PortfolioStoreIT.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              var result = invoke(method, real, args);
              if (result instanceof Connection connection) {
                return failingConnection(sql, connection);
              }
              return result;
            });
  }

  private static Connection failingConnection(String sql, Connection real) {
    return (Connection)
        Proxy.newProxyInstance(
            PortfolioStoreIT.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("prepareStatement")
                  && args != null
                  && args[0] instanceof String text
                  && text.startsWith(sql)) {
                throw new SQLException("injected failure before: " + text);
              }
              return invoke(method, real, args);
            });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
