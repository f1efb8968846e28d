package io.cobranza.application.treatment;

/**
 * Reminds a debtor of an instalment of an agreed plan before it falls due (inbound port; the plan's
 * workflow asks).
 */
public interface RemindOfInstalmentUseCase {

  /**
   * Reminds on the first of the reminder's channels that the debtor has an address for and the
   * contact gate allows now; once per instalment. A reminder no channel can carry is written to the
   * case's trail.
   */
  InstalmentReminder.Result remind(InstalmentReminder reminder);
}
