package io.cobranza.domain.message;

import java.util.List;
import java.util.Objects;

/** What rendering a template for a debtor came to: a message, or why there is none. */
public sealed interface Rendering {

  /** The message. */
  record Rendered(RenderedMessage message) implements Rendering {
    public Rendered {
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * No message: the template is missing, not for this channel, purpose or country, or a placeholder
   * cannot be filled.
   *
   * @param template the template's name
   * @param problems every reason, at least one
   */
  record NotRendered(String template, List<String> problems) implements Rendering {
    public NotRendered {
      Objects.requireNonNull(template, "template");
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("problems: a template not rendered has a reason");
      }
    }
  }
}
