package io.cobranza.domain.message;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A template's text split into literal text and placeholders, with every syntax mistake: an opening
 * double brace never closed, a closing one never opened, a lone brace, a name that is not one.
 */
final class TemplateText {
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  /** A piece of the text. */
  sealed interface Part {}

  /** Literal text. */
  record Literal(String text) implements Part {}

  /** A placeholder, by the name written between the braces. */
  record Slot(String key) implements Part {}

  /**
   * The parts and the mistakes of one text.
   *
   * @param parts the text's parts, in order
   * @param problems every syntax mistake, each naming the character where it is
   */
  record Parsed(List<Part> parts, List<String> problems) {
    /** The names of the placeholders used, in order of first use. */
    Set<String> keys() {
      var keys = new LinkedHashSet<String>();
      for (var part : parts) {
        if (part instanceof Slot slot) {
          keys.add(slot.key());
        }
      }
      return keys;
    }

    /** The length of the literal text. */
    int literalLength() {
      int length = 0;
      for (var part : parts) {
        if (part instanceof Literal literal) {
          length += literal.text().length();
        }
      }
      return length;
    }
  }

  private TemplateText() {}

  static Parsed parse(String text) {
    var parts = new ArrayList<Part>();
    var problems = new ArrayList<String>();
    var literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("{{", i)) {
        int close = text.indexOf("}}", i + 2);
        int reopen = text.indexOf("{{", i + 2);
        if (close < 0 || (reopen >= 0 && reopen < close)) {
          problems.add("'{{' at character " + (i + 1) + " is never closed by '}}'");
          literal.append("{{");
          i += 2;
          continue;
        }
        var key = text.substring(i + 2, close).trim();
        if (KEY.matcher(key).matches()) {
          if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
          }
          parts.add(new Slot(key));
        } else {
          problems.add(
              "'{{"
                  + key
                  + "}}' at character "
                  + (i + 1)
                  + " is not a placeholder name (lower-case words joined by . or -)");
        }
        i = close + 2;
      } else if (text.startsWith("}}", i)) {
        problems.add("'}}' at character " + (i + 1) + " closes no '{{'");
        i += 2;
      } else if (text.charAt(i) == '{' || text.charAt(i) == '}') {
        problems.add(
            "a lone '"
                + text.charAt(i)
                + "' at character "
                + (i + 1)
                + ": placeholders are written {{name}}");
        i++;
      } else {
        literal.append(text.charAt(i));
        i++;
      }
    }
    if (!literal.isEmpty()) {
      parts.add(new Literal(literal.toString()));
    }
    return new Parsed(List.copyOf(parts), List.copyOf(problems));
  }
}
