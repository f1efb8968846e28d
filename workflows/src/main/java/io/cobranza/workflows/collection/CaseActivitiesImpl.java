package io.cobranza.workflows.collection;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.protocol.Protocols;
import io.cobranza.application.treatment.ContactContext;
import io.cobranza.application.treatment.HandOffCaseUseCase;
import io.cobranza.application.treatment.InstalmentReminder;
import io.cobranza.application.treatment.KeepTreatmentRecordUseCase;
import io.cobranza.application.treatment.LoadContactContextUseCase;
import io.cobranza.application.treatment.RecommendNextActionUseCase;
import io.cobranza.application.treatment.RemindOfInstalmentUseCase;
import io.cobranza.application.treatment.SendContactUseCase;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.message.MessageRequest;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.treatment.Command;
import io.temporal.failure.ApplicationFailure;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The case workflows' activities, each one call into one of the application's use cases. */
public final class CaseActivitiesImpl implements CaseActivities {
  private final LoadContactContextUseCase contexts;
  private final SendContactUseCase sending;
  private final KeepTreatmentRecordUseCase records;
  private final HandOffCaseUseCase handingOff;
  private final RecommendNextActionUseCase recommending;
  private final RemindOfInstalmentUseCase reminding;
  private final Protocols protocols;

  /** Activities over the treatment's use cases and the stored protocols. */
  public CaseActivitiesImpl(
      LoadContactContextUseCase contexts,
      SendContactUseCase sending,
      KeepTreatmentRecordUseCase records,
      HandOffCaseUseCase handingOff,
      RecommendNextActionUseCase recommending,
      RemindOfInstalmentUseCase reminding,
      Protocols protocols) {
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.sending = Objects.requireNonNull(sending, "sending");
    this.records = Objects.requireNonNull(records, "records");
    this.handingOff = Objects.requireNonNull(handingOff, "handingOff");
    this.recommending = Objects.requireNonNull(recommending, "recommending");
    this.reminding = Objects.requireNonNull(reminding, "reminding");
    this.protocols = Objects.requireNonNull(protocols, "protocols");
  }

  @Override
  public ContactContext contactContext(
      DebtorId debtorId, @Nullable CaseId caseId, @Nullable MessageRequest message) {
    try {
      return caseId == null || message == null
          ? contexts.contactContext(debtorId)
          : contexts.contactContext(debtorId, caseId, message);
    } catch (NoSuchElementException e) {
      // Retrying will not make the debtor appear: the workflow learns at once.
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), "NotFound");
    }
  }

  @Override
  public ContactChannel.SendResult send(
      CaseId caseId, DebtorId debtorId, Command.SendContact command) {
    return sending.send(caseId, debtorId, command);
  }

  @Override
  public void record(CaseId caseId, Command command) {
    records.record(caseId, command);
  }

  @Override
  public CollectionCase saveTreatment(CollectionCase treated) {
    return records.saveTreatment(treated);
  }

  @Override
  public void handOff(CaseId caseId, DebtorId debtorId, Command.HandOff command) {
    handingOff.handOff(caseId, debtorId, command);
  }

  @Override
  public void escalate(CaseId caseId, DebtorId debtorId, Command.Escalate command) {
    handingOff.escalate(caseId, debtorId, command);
  }

  @Override
  public ActionOption recommend(CaseId caseId, DebtorId debtorId, Command.AskRecommender command) {
    return recommending.recommend(caseId, debtorId, command);
  }

  @Override
  public void recordManagerAction(
      CaseId caseId, String by, String action, String before, String after) {
    records.recordManagerAction(caseId, by, action, before, after);
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
  public InstalmentReminder.Result remind(InstalmentReminder reminder) {
    return reminding.remind(reminder);
  }
}
