package io.cobranza.workflows.collection;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.treatment.ContactContext;
import io.cobranza.application.treatment.InstalmentReminder;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.treatment.Command;
import io.temporal.activity.ActivityInterface;

/**
 * What the case and plan workflows ask of the platform: each a thin call into one of the
 * application's treatment use cases (or the protocols), safe to retry ({@link CaseActivitiesImpl}).
 */
@ActivityInterface
public interface CaseActivities {

  ContactContext contactContext(DebtorId debtorId);

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
