package io.cobranza.adapters.persistence.scoring;

import io.cobranza.application.scoring.AccountAttributes;
import io.cobranza.domain.account.AccountId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** {@link AccountAttributes} from the table account_attributes, the JSON object read as text. */
public final class JooqAccountAttributes implements AccountAttributes {
  private static final String SELECT =
      "SELECT e.key, e.value FROM account_attributes a, jsonb_each_text(a.attributes) e"
          + " WHERE a.account_id = ? ORDER BY e.key";

  private final DSLContext dsl;

  public JooqAccountAttributes(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Map<String, String> of(AccountId accountId) {
    var attributes = new LinkedHashMap<String, String>();
    for (var row : dsl.resultQuery(SELECT, accountId.value()).fetch()) {
      attributes.put(row.get(0, String.class), row.get(1, String.class));
    }
    return attributes;
  }
}
