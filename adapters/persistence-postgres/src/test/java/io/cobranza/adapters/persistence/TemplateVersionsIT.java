package io.cobranza.adapters.persistence;

import static io.cobranza.domain.fixtures.TemplateBuilder.COMPLIANT_SMS;
import static io.cobranza.domain.fixtures.TemplateBuilder.COMPLIANT_SMS_ES;
import static io.cobranza.domain.fixtures.TemplateBuilder.aTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.message.Templates;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Template versions are stored once, read back equal, and never change, as protocols are. */
class TemplateVersionsIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private final Templates templates = DATABASE.persistence().templates();

  @Test
  void aStoredVersionIsReadBackEqualAndTheLatestIsTheHighest() {
    var v1 =
        aTemplate("early.reminder.email")
            .on(Channel.EMAIL)
            .reaching(Jurisdiction.US, Jurisdiction.GB)
            .english("Your account", COMPLIANT_SMS)
            .spanish("Su cuenta", COMPLIANT_SMS_ES);
    assertThat(templates.addVersion(v1.version(2).build())).isTrue();
    assertThat(templates.addVersion(v1.version(1).build())).isTrue();

    assertThat(templates.find("early.reminder.email", 1)).contains(v1.version(1).build());
    assertThat(templates.latest("early.reminder.email")).contains(v1.version(2).build());
    assertThat(templates.latest("no.such.template")).isEmpty();
  }

  @Test
  void aVersionIsStoredOnceAndTheTableRefusesChanges() {
    var v1 = aTemplate("early.reminder.sms").english(COMPLIANT_SMS).build();
    assertThat(templates.addVersion(v1)).isTrue();
    assertThat(templates.addVersion(aTemplate("early.reminder.sms").english("other").build()))
        .isFalse();
    assertThat(templates.find("early.reminder.sms", 1)).contains(v1);

    var sql = DATABASE.persistence().dsl();
    assertThatThrownBy(() -> sql.execute("UPDATE message_templates SET channel = 'EMAIL'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> sql.execute("DELETE FROM message_templates"))
        .hasMessageContaining("append-only");
  }
}
