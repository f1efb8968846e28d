package io.cobranza.application.kpi;

import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.kpi.PlacedAccount;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PromiseToPay;
import java.time.LocalDate;
import java.util.List;

/** The facts of a portfolio that KPIs are computed from (outbound port). */
public interface PortfolioFacts {
  /** Whether the portfolio exists. */
  boolean exists(String portfolio);

  /** The facts known on {@code asOf}: nothing later. */
  Facts asOf(String portfolio, LocalDate asOf);

  /** The accounts as placed, with their payments, contact attempts and promises. */
  record Facts(
      List<PlacedAccount> accounts,
      List<Payment> payments,
      List<ContactAttempt> attempts,
      List<PromiseToPay> promises) {
    public Facts {
      accounts = List.copyOf(accounts);
      payments = List.copyOf(payments);
      attempts = List.copyOf(attempts);
      promises = List.copyOf(promises);
    }
  }
}
