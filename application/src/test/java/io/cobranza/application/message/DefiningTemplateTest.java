package io.cobranza.application.message;

import static io.cobranza.domain.fixtures.TemplateBuilder.COMPLIANT_SMS;
import static io.cobranza.domain.fixtures.TemplateBuilder.aTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.fakes.DirectTransactions;
import io.cobranza.application.fakes.InMemoryAuditTrail;
import io.cobranza.application.fakes.InMemoryTemplates;
import io.cobranza.application.fakes.MutableClock;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.message.TemplateError;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DefiningTemplateTest {
  private final InMemoryTemplates templates = new InMemoryTemplates();
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T10:00:00Z"));
  private final DefiningTemplate defining =
      new DefiningTemplate(
          templates, StandardRuleBook.create(), audit, new DirectTransactions(), clock);

  @Test
  void aValidTemplateIsStoredAsTheNextVersionAndAudited() {
    var v1 = aTemplate("early.reminder.sms").reaching(Jurisdiction.US).english(COMPLIANT_SMS);

    assertThat(defining.define(new DefineTemplate(v1.build(), "manager-1")))
        .isEqualTo(new DefineTemplateUseCase.Result.Defined("early.reminder.sms", 1));
    assertThat(defining.define(new DefineTemplate(v1.version(2).build(), "manager-2")))
        .isEqualTo(new DefineTemplateUseCase.Result.Defined("early.reminder.sms", 2));
    assertThat(templates.latest("early.reminder.sms").orElseThrow().version()).isEqualTo(2);
    assertThat(audit.by("manager-2"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.action()).isEqualTo("template.defined");
          assertThat(e.before()).isEqualTo("early.reminder.sms v1");
          assertThat(e.after()).isEqualTo("early.reminder.sms v2");
        });
  }

  /**
   * 12 CFR 1006.6(e): a template that claims US reach without an opt-out notice is refused with
   * every problem listed, and nothing is stored.
   */
  @Test
  void aTemplateClaimingUsReachWithoutAnOptOutIsRefusedWithEveryProblemAndNotStored() {
    var template =
        aTemplate("early.reminder.sms").english("{{disclosure.debt-collector}} Pay now.").build();

    var result = defining.define(new DefineTemplate(template, "manager-1"));

    assertThat(result)
        .isEqualTo(
            new DefineTemplateUseCase.Result.Invalid(
                java.util.List.of(
                    new TemplateError(
                        "variants.en.body",
                        "lacks {{disclosure.opt-out}}, the opt-out notice, which 12 CFR 1006.6(e)"
                            + " requires of every SMS for COLLECTION to a debtor in US"
                            + " (regf.opt-out-notice)"))));
    assertThat(templates.latest("early.reminder.sms")).isEmpty();
    assertThat(audit.all()).isEmpty();
  }

  @Test
  void aStoredVersionNeverChangesAndVersionsCannotSkip() {
    var v1 = aTemplate("early.reminder.sms").english(COMPLIANT_SMS);
    defining.define(new DefineTemplate(v1.build(), "manager-1"));

    assertThat(defining.define(new DefineTemplate(v1.build(), "manager-2")))
        .isEqualTo(new DefineTemplateUseCase.Result.VersionConflict("early.reminder.sms", 1, 1));
    assertThat(defining.define(new DefineTemplate(v1.version(3).build(), "manager-2")))
        .isEqualTo(new DefineTemplateUseCase.Result.VersionConflict("early.reminder.sms", 3, 1));
  }
}
