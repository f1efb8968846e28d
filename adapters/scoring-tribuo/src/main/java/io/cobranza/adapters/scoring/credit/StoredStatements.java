package io.cobranza.adapters.scoring.credit;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.payment.Payment;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stored account's credit history: what the UCI import kept of the statements (the attributes
 * hold the limit, the statuses and the six balances), with the payments on the account in the six
 * statement months up to the account's {@code asOf}. The same history the file gave, so a stored
 * account scores as its row did.
 */
public final class StoredStatements {
  private static final List<String> STATUS =
      List.of("PAY_0", "PAY_2", "PAY_3", "PAY_4", "PAY_5", "PAY_6");

  private StoredStatements() {}

  /**
   * The history of an account, or empty when its attributes lack a statement column (an account
   * imported from another format).
   */
  public static Optional<CreditHistory> of(
      Account account, Map<String, String> attributes, List<Payment> payments) {
    try {
      double limit = Double.parseDouble(required(attributes, "LIMIT_BAL"));
      if (!(limit > 0)) {
        return Optional.empty();
      }
      var status = new int[CreditHistory.MONTHS];
      var balances = new double[CreditHistory.MONTHS];
      var paid = new double[CreditHistory.MONTHS];
      for (int i = 0; i < CreditHistory.MONTHS; i++) {
        status[i] = Integer.parseInt(required(attributes, STATUS.get(i)));
        // The newest statement's balance as imported; the account's balance moves with every
        // payment recorded since (older imports kept no BILL_AMT1: the balance stands in).
        var bill = attributes.get("BILL_AMT" + (i + 1));
        balances[i] =
            i == 0 && bill == null
                ? account.balance().amount().doubleValue()
                : Double.parseDouble(
                    bill == null ? required(attributes, "BILL_AMT" + (i + 1)) : bill);
      }
      var newest = account.delinquency().asOf().withDayOfMonth(1);
      for (var payment : payments) {
        if (!payment.accountId().equals(account.id())) {
          continue;
        }
        long month = ChronoUnit.MONTHS.between(payment.receivedOn().withDayOfMonth(1), newest);
        if (month >= 0 && month < CreditHistory.MONTHS) {
          paid[(int) month] += payment.amount().amount().doubleValue();
        }
      }
      var protectedAttributes = new HashMap<String, String>();
      for (var name : UciCreditFile.PROTECTED) {
        var value = attributes.get(name);
        if (value != null) {
          protectedAttributes.put(name, value);
        }
      }
      return Optional.of(
          new CreditHistory(
              0, account.id().value(), limit, status, balances, paid, null, protectedAttributes));
    } catch (MissingColumn | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String required(Map<String, String> attributes, String name) {
    var value = attributes.get(name);
    if (value == null) {
      throw new MissingColumn();
    }
    return value;
  }

  private static final class MissingColumn extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingColumn() {
      super(null, null, false, false);
    }
  }
}
