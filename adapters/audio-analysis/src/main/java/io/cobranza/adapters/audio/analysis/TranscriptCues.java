package io.cobranza.adapters.audio.analysis;

import io.cobranza.domain.vulnerability.Evidence;
import io.cobranza.domain.vulnerability.VulnerabilityDriver;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Words in a call's transcript (English and Spanish) that speak for a vulnerability driver:
 * bereavement, illness, job loss, not affording, a mental-health crisis, someone else's pressure. A
 * transcript's lines may start with a time ({@code [01:23]} or {@code 00:01:23}), which becomes the
 * evidence's offset, and then the speaker ({@code DEBTOR:}, {@code AGENT:}; also customer, cliente,
 * deudor, agente, collector): when any line names its speaker, only the debtor's lines count, since
 * an agent's question ("are you feeling suicidal?") is not the debtor's word. A phrase right after
 * a negation ("I'm not suicidal", "no tengo cáncer") does not count, and each phrase counts once in
 * a call.
 */
public final class TranscriptCues {
  private TranscriptCues() {}

  /** What one phrase says, for which driver, and how much it counts. */
  record Cue(String phrase, String meaning, VulnerabilityDriver driver, double weight) {}

  /** Phrases are matched without accents and case, on word boundaries. */
  static final List<Cue> CUES =
      List.of(
          // Bereavement and other life events.
          cue("passed away", "bereavement", VulnerabilityDriver.LIFE_EVENT, 0.7),
          cue("funeral", "bereavement", VulnerabilityDriver.LIFE_EVENT, 0.6),
          cue("bereavement", "bereavement", VulnerabilityDriver.LIFE_EVENT, 0.7),
          cue("fallecio", "bereavement (es)", VulnerabilityDriver.LIFE_EVENT, 0.7),
          cue("murio", "bereavement (es)", VulnerabilityDriver.LIFE_EVENT, 0.6),
          cue("lost my job", "job loss", VulnerabilityDriver.LIFE_EVENT, 0.6),
          cue("laid off", "job loss", VulnerabilityDriver.LIFE_EVENT, 0.6),
          cue("made redundant", "job loss", VulnerabilityDriver.LIFE_EVENT, 0.6),
          cue("unemployed", "job loss", VulnerabilityDriver.LIFE_EVENT, 0.5),
          cue("perdi mi trabajo", "job loss (es)", VulnerabilityDriver.LIFE_EVENT, 0.6),
          cue("me despidieron", "job loss (es)", VulnerabilityDriver.LIFE_EVENT, 0.6),
          cue("desempleado", "job loss (es)", VulnerabilityDriver.LIFE_EVENT, 0.5),
          cue("divorce", "relationship breakdown", VulnerabilityDriver.LIFE_EVENT, 0.4),
          cue("divorcio", "relationship breakdown (es)", VulnerabilityDriver.LIFE_EVENT, 0.4),
          // Illness.
          cue("hospital", "illness", VulnerabilityDriver.HEALTH, 0.5),
          cue("cancer", "illness", VulnerabilityDriver.HEALTH, 0.7),
          cue("chemotherapy", "illness", VulnerabilityDriver.HEALTH, 0.7),
          cue("diagnosed", "illness", VulnerabilityDriver.HEALTH, 0.5),
          cue("disability", "disability", VulnerabilityDriver.HEALTH, 0.5),
          cue("enfermedad", "illness (es)", VulnerabilityDriver.HEALTH, 0.5),
          cue("quimioterapia", "illness (es)", VulnerabilityDriver.HEALTH, 0.7),
          cue("discapacidad", "disability (es)", VulnerabilityDriver.HEALTH, 0.5),
          // A mental-health crisis.
          cue("cant cope", "mental-health crisis", VulnerabilityDriver.HEALTH, 0.7),
          cue("cannot cope", "mental-health crisis", VulnerabilityDriver.HEALTH, 0.7),
          cue("depression", "mental health", VulnerabilityDriver.HEALTH, 0.6),
          cue("suicidal", "mental-health crisis", VulnerabilityDriver.HEALTH, 0.9),
          cue("end it all", "mental-health crisis", VulnerabilityDriver.HEALTH, 0.9),
          cue("no puedo mas", "mental-health crisis (es)", VulnerabilityDriver.HEALTH, 0.7),
          cue("depresion", "mental health (es)", VulnerabilityDriver.HEALTH, 0.6),
          cue("ansiedad", "mental health (es)", VulnerabilityDriver.HEALTH, 0.5),
          // Not affording.
          cue("cant afford", "cannot afford", VulnerabilityDriver.RESILIENCE, 0.5),
          cue("cannot afford", "cannot afford", VulnerabilityDriver.RESILIENCE, 0.5),
          cue("food bank", "cannot afford essentials", VulnerabilityDriver.RESILIENCE, 0.7),
          cue("no puedo pagar", "cannot afford (es)", VulnerabilityDriver.RESILIENCE, 0.5),
          cue("no tengo dinero", "cannot afford (es)", VulnerabilityDriver.RESILIENCE, 0.5),
          cue(
              "banco de alimentos",
              "cannot afford essentials (es)",
              VulnerabilityDriver.RESILIENCE,
              0.7),
          // Someone else's pressure, and not understanding.
          cue("makes me pay", "third-party pressure", VulnerabilityDriver.CAPABILITY, 0.6),
          cue("takes my money", "third-party pressure", VulnerabilityDriver.CAPABILITY, 0.7),
          cue("controls my money", "third-party pressure", VulnerabilityDriver.CAPABILITY, 0.7),
          cue("me obliga", "third-party pressure (es)", VulnerabilityDriver.CAPABILITY, 0.6),
          cue(
              "me quita el dinero",
              "third-party pressure (es)",
              VulnerabilityDriver.CAPABILITY,
              0.7),
          cue("dont understand", "does not understand", VulnerabilityDriver.CAPABILITY, 0.4),
          cue("no entiendo", "does not understand (es)", VulnerabilityDriver.CAPABILITY, 0.4));

  private static Cue cue(String phrase, String meaning, VulnerabilityDriver driver, double weight) {
    return new Cue(phrase, meaning, driver, weight);
  }

  private static final Map<Cue, Pattern> PATTERNS = patterns();

  private static Map<Cue, Pattern> patterns() {
    var patterns = new java.util.LinkedHashMap<Cue, Pattern>();
    for (var cue : CUES) {
      patterns.put(cue, Pattern.compile("\\b" + Pattern.quote(cue.phrase()) + "\\b"));
    }
    return patterns;
  }

  private static final Pattern TIME =
      Pattern.compile("^\\s*\\[?(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})\\]?\\s*(.*)$");

  private static final Pattern SPEAKER =
      Pattern.compile(
          "^\\s*(debtor|customer|client|cliente|deudor|agent|agente|collector)\\s*:\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);

  private static final java.util.Set<String> DEBTOR =
      java.util.Set.of("debtor", "customer", "client", "cliente", "deudor");

  private static final Pattern NEGATED =
      Pattern.compile("\\b(not|no|never|dont|didnt|isnt|wasnt|without|nunca|sin)(\\s+\\w+)?\\s*$");

  /** Whether any line of the transcript names its speaker. */
  public static boolean labelled(String transcript) {
    for (var line : transcript.split("\\R")) {
      var time = TIME.matcher(line);
      if (SPEAKER.matcher(time.matches() ? time.group(4) : line).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The evidence in a transcript, in the order it comes. */
  public static List<Evidence> of(String transcript) {
    var evidence = new ArrayList<Evidence>();
    boolean labelled = labelled(transcript);
    var counted = new java.util.HashSet<String>();
    for (var line : transcript.split("\\R")) {
      Duration at = null;
      var text = line;
      var time = TIME.matcher(line);
      if (time.matches()) {
        long hours = time.group(1) == null ? 0 : Long.parseLong(time.group(1));
        at =
            Duration.ofHours(hours)
                .plusMinutes(Long.parseLong(time.group(2)))
                .plusSeconds(Long.parseLong(time.group(3)));
        text = time.group(4);
      }
      var speaker = SPEAKER.matcher(text);
      if (speaker.matches()) {
        if (!DEBTOR.contains(speaker.group(1).toLowerCase(Locale.ROOT))) {
          continue;
        }
        text = speaker.group(2);
      } else if (labelled) {
        continue; // an unlabelled line in a labelled transcript: whose, we cannot say
      }
      var plain = plain(text);
      for (var entry : PATTERNS.entrySet()) {
        var match = entry.getValue().matcher(plain);
        if (match.find()
            && !NEGATED.matcher(plain.substring(0, match.start())).find()
            && counted.add(entry.getKey().phrase())) {
          var cue = entry.getKey();
          evidence.add(
              new Evidence(
                  Evidence.Source.TRANSCRIPT,
                  cue.meaning() + ": \"" + excerpt(text) + "\"",
                  at,
                  cue.driver(),
                  cue.weight()));
        }
      }
    }
    return evidence;
  }

  /** Lower case, without accents or apostrophes, so "can't" and "no puedo más" match. */
  static String plain(String text) {
    var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .replace("'", "")
        .replace("\u2019", "")
        .toLowerCase(Locale.ROOT);
  }

  private static String excerpt(String text) {
    var trimmed = text.strip();
    return trimmed.length() <= 120 ? trimmed : trimmed.substring(0, 117) + "...";
  }
}
