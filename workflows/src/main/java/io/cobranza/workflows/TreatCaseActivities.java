package io.cobranza.workflows;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.protocol.Protocols;
import io.cobranza.application.treatment.ContactContext;
import io.cobranza.application.treatment.TreatCaseUseCase;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.treatment.Command;
import io.temporal.failure.ApplicationFailure;
import java.util.NoSuchElementException;
import java.util.Objects;

/** The activities, each one call into the application. */
public final class TreatCaseActivities implements CaseActivities {
  private final TreatCaseUseCase treatment;
  private final Protocols protocols;

  /** Activities over the treatment use case and the protocols. */
  public TreatCaseActivities(TreatCaseUseCase treatment, Protocols protocols) {
    this.treatment = Objects.requireNonNull(treatment, "treatment");
    this.protocols = Objects.requireNonNull(protocols, "protocols");
  }

  @Override
  public ContactContext contactContext(DebtorId debtorId) {
    try {
      return treatment.contactContext(debtorId);
    } catch (NoSuchElementException e) {
      // Retrying will not make the debtor appear: the workflow learns at once.
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), "NotFound");
    }
  }

  @Override
  public ContactChannel.SendResult send(
      CaseId caseId, DebtorId debtorId, Command.SendContact command) {
    return treatment.send(caseId, debtorId, command);
  }

  @Override
  public void record(CaseId caseId, Command command) {
    treatment.record(caseId, command);
  }

  @Override
  public CollectionCase saveTreatment(CollectionCase treated) {
    return treatment.saveTreatment(treated);
  }

  @Override
  public void handOff(CaseId caseId, DebtorId debtorId, Command.HandOff command) {
    treatment.handOff(caseId, debtorId, command);
  }

  @Override
  public void escalate(CaseId caseId, DebtorId debtorId, Command.Escalate command) {
    treatment.escalate(caseId, debtorId, command);
  }

  @Override
  public ActionOption recommend(CaseId caseId, DebtorId debtorId, Command.AskRecommender command) {
    return treatment.recommend(caseId, debtorId, command);
  }

  @Override
  public void recordManagerAction(
      CaseId caseId, String by, String action, String before, String after) {
    treatment.recordManagerAction(caseId, by, action, before, after);
  }

  @Override
  public TreatmentProtocol protocol(String protocolId, int version) {
    return protocols
        .find(protocolId, version)
        .orElseThrow(() ->
            ApplicationFailure.newNonRetryableFailure(
                "protocol " + protocolId + " v" + version + " is not stored", "NotFound"));
  }

  @Override
  public io.cobranza.application.treatment.InstalmentReminder.Result remind(
      io.cobranza.application.treatment.InstalmentReminder reminder) {
    return treatment.remind(reminder);
  }
}
