package io.cobranza.workflows.collection;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.treatment.ContactContext;
import io.cobranza.application.treatment.InstalmentReminder;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.message.MessageRequest;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.treatment.Command;
import io.temporal.activity.ActivityInterface;
import org.jspecify.annotations.Nullable;

/**
 * What the case and plan workflows ask of the platform: each a thin call into one of the
 * application's treatment use cases (or the protocols), safe to retry ({@link CaseActivitiesImpl}).
 */
@ActivityInterface
public interface CaseActivities {

  /**
   * The debtor, their contact history, and the facts of the message {@code message} names rendered
   * for them and the case (both null for an escalation's context). The parameters were added to the
   * same activity: a history recorded before keeps its answer, which carries no message.
   */
  ContactContext contactContext(
      DebtorId debtorId, @Nullable CaseId caseId, @Nullable MessageRequest message);

  ContactChannel.SendResult send(CaseId caseId, DebtorId debtorId, Command.SendContact command);

  void record(CaseId caseId, Command command);

  CollectionCase saveTreatment(CollectionCase treated);

  void handOff(CaseId caseId, DebtorId debtorId, Command.HandOff command);

  void escalate(CaseId caseId, DebtorId debtorId, Command.Escalate command);

  ActionOption recommend(CaseId caseId, DebtorId debtorId, Command.AskRecommender command);

  void recordManagerAction(CaseId caseId, String by, String action, String before, String after);

  TreatmentProtocol protocol(String protocolId, int version);

  InstalmentReminder.Result remind(InstalmentReminder reminder);
}
