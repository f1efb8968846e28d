package io.cobranza.domain.contact.usregf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Regulation F figure (7 calls, 7 days, 8:00, 21:00, 7 days after a conversation, 7 days of
 * consent, 30 days of validation, 5 days to assumed receipt) is written once, in {@link
 * RegulationF}: no other contact code may carry those numbers as literals. {@code FcaConc7} is
 * exempt: its 08:00, 21:00 and 30 days are the UK rule set's own figures, defined there once.
 */
class RegulationFFiguresLiveInOnePlaceTest {
  private static final Path CONTACT = Path.of("src/main/java/io/cobranza/domain/contact");
  private static final Pattern FIGURE = Pattern.compile("(?<![\\w.])(5|7|8|21|30)(?![\\w.])");
  private static final Pattern COMMENTS_AND_STRINGS =
      Pattern.compile(
          "//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'", Pattern.DOTALL);

  @Test
  void noContactCodeButRegulationFCarriesARegulationFFigure() throws IOException {
    assertThat(CONTACT).isDirectory();
    var offences = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(CONTACT)) {
      for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        var name = file.getFileName().toString();
        if (name.equals("RegulationF.java") || name.equals("FcaConc7.java")) {
          continue;
        }
        var code = COMMENTS_AND_STRINGS.matcher(Files.readString(file)).replaceAll(" ");
        var matcher = FIGURE.matcher(code);
        while (matcher.find()) {
          offences.add(CONTACT.relativize(file) + ": " + matcher.group());
        }
      }
    }
    assertThat(offences).isEmpty();
  }

  @Test
  void regulationFDefinesEachFigureOnce() throws IOException {
    var code =
        COMMENTS_AND_STRINGS
            .matcher(Files.readString(CONTACT.resolve("usregf/RegulationF.java")))
            .replaceAll(" ");
    assertThat(count(code, "MAX_CALLS_IN_WINDOW = 7;")).isEqualTo(1);
    assertThat(count(code, "CALL_WINDOW_DAYS = 7;")).isEqualTo(1);
    assertThat(count(code, "DAYS_AFTER_CONVERSATION = 7;")).isEqualTo(1);
    assertThat(count(code, "CONSENT_DAYS = 7;")).isEqualTo(1);
    assertThat(count(code, "LocalTime.of(8, 0)")).isEqualTo(1);
    assertThat(count(code, "LocalTime.of(21, 0)")).isEqualTo(1);
    assertThat(count(code, "VALIDATION_PERIOD_DAYS = 30;")).isEqualTo(1);
    assertThat(count(code, "ASSUMED_RECEIPT_BUSINESS_DAYS = 5;")).isEqualTo(1);
    // Not a Regulation F figure: the FCC's five minutes for an opt-out's confirmation text.
    assertThat(count(code, "Duration.ofMinutes(5);")).isEqualTo(1);
    var literals = new ArrayList<String>();
    var matcher = FIGURE.matcher(code);
    while (matcher.find()) {
      literals.add(matcher.group());
    }
    assertThat(literals).containsExactlyInAnyOrder("7", "7", "7", "7", "8", "21", "30", "5", "5");
  }

  private static int count(String code, String needle) {
    return List.of(code.split(Pattern.quote(needle), -1)).size() - 1;
  }
}
