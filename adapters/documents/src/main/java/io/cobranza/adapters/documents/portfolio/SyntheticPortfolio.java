package io.cobranza.adapters.documents.portfolio;

import static io.cobranza.adapters.documents.portfolio.CobranzaCsvColumns.ACCOUNT_ID;
import static io.cobranza.adapters.documents.portfolio.CobranzaCsvColumns.AS_OF;
import static io.cobranza.adapters.documents.portfolio.CobranzaCsvColumns.BALANCE;
import static io.cobranza.adapters.documents.portfolio.CobranzaCsvColumns.CURRENCY;
import static io.cobranza.adapters.documents.portfolio.CobranzaCsvColumns.DAYS_PAST_DUE;
import static io.cobranza.adapters.documents.portfolio.CobranzaCsvColumns.JURISDICTION;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Writes a realistic synthetic portfolio in the Cobranza CSV format, for tests and benchmarks: US
 * and UK debtors with their zones, area codes and languages, several products, log-normal balances,
 * days past due spread over every lifecycle stage, payment histories with weekly, fortnightly and
 * monthly cadences, and, only when asked, a share of bad rows of every kind the import must reject.
 * The same options and seed give the same bytes; any size is written in constant memory.
 */
public final class SyntheticPortfolio {
  /**
   * What to generate.
   *
   * @param accounts how many account rows (debtors have one to three accounts)
   * @param seed the random seed
   * @param asOf the observation date of every row; no date in the file is later
   * @param badRowShare the share of rows (0 to 1) deliberately broken in one of several ways
   */
  public record Options(long accounts, long seed, LocalDate asOf, double badRowShare) {
    public Options {
      Objects.requireNonNull(asOf, "asOf");
      if (accounts < 0) {
        throw new IllegalArgumentException("accounts must not be negative, was " + accounts);
      }
      if (!(badRowShare >= 0 && badRowShare <= 1)) {
        throw new IllegalArgumentException("badRowShare must be between 0 and 1");
      }
    }

    /** {@code accounts} good rows with seed 42 as of 31 December 2025. */
    public static Options of(long accounts) {
      return new Options(accounts, 42, LocalDate.of(2025, 12, 31), 0);
    }

    /** These options with another seed. */
    public Options withSeed(long newSeed) {
      return new Options(accounts, newSeed, asOf, badRowShare);
    }

    /** These options with a share of bad rows. */
    public Options withBadRows(double share) {
      return new Options(accounts, seed, asOf, share);
    }
  }

  private record Region(
      String jurisdiction,
      String zone,
      String dialPrefix,
      String currency,
      String language,
      String town) {}

  private static final Region[] US = {
    new Region("US-NY", "America/New_York", "+12125550", "USD", "en-US", "New York, NY 10001"),
    new Region("US-FL", "America/New_York", "+13055550", "USD", "en-US", "Miami, FL 33101"),
    new Region("US-IL", "America/Chicago", "+13125550", "USD", "en-US", "Chicago, IL 60601"),
    new Region("US-TX", "America/Chicago", "+17135550", "USD", "es-US", "Houston, TX 77001"),
    new Region("US-CO", "America/Denver", "+13035550", "USD", "en-US", "Denver, CO 80201"),
    new Region("US-AZ", "America/Phoenix", "+16025550", "USD", "en-US", "Phoenix, AZ 85001"),
    new Region(
        "US-CA", "America/Los_Angeles", "+12135550", "USD", "en-US", "Los Angeles, CA 90001"),
  };
  private static final Region[] GB = {
    new Region("GB", "Europe/London", "+447700900", "GBP", "en-GB", "London SW1A 1AA"),
    new Region("GB", "Europe/London", "+447700900", "GBP", "en-GB", "Manchester M1 1AE"),
    new Region("GB-SCT", "Europe/London", "+447700900", "GBP", "en-GB", "Glasgow G1 1XQ"),
  };
  private static final String[] PRODUCTS = {
    "credit_card", "personal_loan", "auto_loan", "utility", "telco", "bnpl"
  };
  private static final double[] PRODUCT_WEIGHTS = {0.35, 0.20, 0.10, 0.15, 0.15, 0.05};
  private static final double[] PRODUCT_MEDIANS = {2500, 6000, 12000, 250, 180, 300};
  private static final int[][] STAGES = {
    {0, 0}, {1, 29}, {30, 59}, {60, 89}, {90, 179}, {180, 720}
  };
  private static final double[] STAGE_WEIGHTS = {0.05, 0.30, 0.20, 0.15, 0.18, 0.12};
  private static final String[] METHODS = {"card", "bank_transfer", "direct_debit", "cash"};
  private static final String[] STREETS = {"Main St", "High Street", "Oak Avenue", "Church Road"};

  private SyntheticPortfolio() {}

  /** Writes the portfolio to {@code file} (replacing it). */
  public static void write(Path file, Options options) {
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Writes the portfolio to {@code out} (which the caller closes). */
  public static void write(Writer out, Options options) throws IOException {
    var writer = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
    var random = new SplittableRandom(options.seed());
    var row = new StringBuilder(512);
    writer.write(String.join(",", CobranzaCsvColumns.ALL));
    writer.write('\n');
    long written = 0;
    long debtor = 0;
    @Nullable String previousAccount = null;
    while (written < options.accounts()) {
      debtor++;
      double r = random.nextDouble();
      int accounts = r < 0.85 ? 1 : r < 0.97 ? 2 : 3;
      var person = new Person(random, debtor);
      for (int i = 0; i < accounts && written < options.accounts(); i++) {
        written++;
        var accountId = "A-" + (debtor * 10 + i);
        row.setLength(0);
        person.account(row, random, accountId, options.asOf());
        if (options.badRowShare() > 0 && random.nextDouble() < options.badRowShare()) {
          spoil(row, random, previousAccount, options.asOf());
        }
        previousAccount = accountId;
        writer.append(row).append('\n');
      }
    }
    writer.flush();
  }

  /** One debtor's fields, repeated on each of their accounts' rows. */
  private static final class Person {
    private final String fields;
    private final Region region;

    Person(SplittableRandom random, long number) {
      region = random.nextDouble() < 0.6 ? pick(random, US) : pick(random, GB);
      var phone =
          region.dialPrefix()
              + (region.currency().equals("USD")
                  ? 100 + random.nextInt(100)
                  : 100 + random.nextInt(900));
      double c = random.nextDouble();
      var consent = c < 0.6 ? "VOICE|SMS" : c < 0.85 ? "VOICE" : "";
      var use = random.nextDouble() < 0.05 ? "WORK" : "PERSONAL";
      var hasEmail = random.nextDouble() < 0.7;
      var emailConsent = random.nextDouble() < 0.8 ? "EMAIL" : "";
      var postal =
          (1 + random.nextInt(400))
              + " "
              + STREETS[random.nextInt(STREETS.length)]
              + ", "
              + region.town();
      var b = new StringBuilder(200);
      b.append("D-")
          .append(number)
          .append(',')
          .append(region.jurisdiction())
          .append(',')
          .append(region.zone())
          .append(',')
          .append(region.language())
          .append(',')
          .append(random.nextDouble() < 0.03 ? "true" : "false")
          .append(',')
          .append(phone)
          .append(',')
          .append(use)
          .append(',')
          .append(consent)
          .append(',')
          .append(region.zone())
          .append(',')
          // Derived, not drawn, so that the seed gives the same people as before the column.
          .append(use.equals("WORK") ? "WORK" : "MOBILE")
          .append(',');
      if (hasEmail) {
        b.append("debtor").append(number).append("@example.com,PERSONAL,").append(emailConsent);
      } else {
        b.append(",,");
      }
      b.append(',').append('"').append(postal).append('"').append(',').append(region.zone());
      fields = b.toString();
    }

    void account(StringBuilder row, SplittableRandom random, String accountId, LocalDate asOf) {
      int product = pickWeighted(random, PRODUCT_WEIGHTS);
      double balance =
          Math.min(1_000_000, PRODUCT_MEDIANS[product] * Math.exp(0.9 * random.nextGaussian()) + 1);
      int[] stage = STAGES[pickWeighted(random, STAGE_WEIGHTS)];
      int dpd = stage[0] + random.nextInt(stage[1] - stage[0] + 1);
      double minimum = Math.min(balance, Math.max(25, balance * 0.03) * (1 + dpd / 30));
      row.append(fields)
          .append(',')
          .append(accountId)
          .append(',')
          .append(PRODUCTS[product])
          .append(',')
          .append(region.currency())
          .append(',')
          .append(cents(balance))
          .append(',')
          .append(cents(minimum))
          .append(',');
      if (dpd < 180) {
        row.append(asOf.plusDays(1 + random.nextInt(28)));
      }
      row.append(',').append(asOf).append(',').append(dpd).append(',');
      payments(row, random, balance, dpd, asOf);
    }

    private static void payments(
        StringBuilder row, SplittableRandom random, double balance, int dpd, LocalDate asOf) {
      double c = random.nextDouble();
      int every = c < 0.25 ? 0 : c < 0.45 ? 7 : c < 0.65 ? 14 : 30;
      if (every == 0) {
        return;
      }
      int count = 1 + random.nextInt(every == 7 ? 12 : every == 14 ? 8 : 6);
      double instalment = Math.max(5, balance * (0.02 + 0.08 * random.nextDouble()));
      // The last payment is before the account fell behind; earlier ones go back by the cadence.
      var last = asOf.minusDays(Math.min(dpd, 400) + random.nextInt(5));
      String method = METHODS[random.nextInt(METHODS.length)];
      for (int i = count - 1; i >= 0; i--) {
        var on = last.minusDays((long) i * every + (every == 30 ? random.nextInt(3) : 0));
        double amount = instalment * (0.8 + 0.4 * random.nextDouble());
        row.append(on).append(':').append(cents(amount)).append(':').append(method);
        if (i > 0) {
          row.append(';');
        }
      }
    }
  }

  /** Breaks a good row in one of the ways the import must catch. */
  private static void spoil(
      StringBuilder row,
      SplittableRandom random,
      @Nullable String previousAccount,
      LocalDate asOf) {
    var text = row.toString();
    int kind = random.nextInt(previousAccount == null ? 7 : 8);
    var fixed =
        switch (kind) {
          case 0 -> replaceField(text, BALANCE, "-" + field(text, BALANCE));
          case 1 -> replaceField(text, CURRENCY, "USX");
          case 2 -> replaceField(text, AS_OF, asOf.plusYears(1).toString());
          case 3 -> replaceField(text, JURISDICTION, "XX");
          case 4 -> replaceField(text, BALANCE, field(text, BALANCE).replace('.', ','));
          case 5 -> replaceField(text, DAYS_PAST_DUE, "20000");
          case 6 -> text.substring(0, text.indexOf(",\"")); // a truncated line
          default -> replaceField(text, ACCOUNT_ID, previousAccount); // a duplicate account id
        };
    row.setLength(0);
    row.append(fixed);
  }

  private static String field(String row, String column) {
    return field(row, CobranzaCsvColumns.ALL.indexOf(column));
  }

  private static String replaceField(String row, String column, String value) {
    return replaceField(row, CobranzaCsvColumns.ALL.indexOf(column), value);
  }

  private static String field(String row, int index) {
    int[] span = span(row, index);
    return row.substring(span[0], span[1]);
  }

  private static String replaceField(String row, int index, String value) {
    int[] span = span(row, index);
    var quoted = value.indexOf(',') >= 0 ? '"' + value + '"' : value;
    return row.substring(0, span[0]) + quoted + row.substring(span[1]);
  }

  private static int[] span(String row, int index) {
    int start = 0;
    int field = 0;
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        if (field == index) {
          return new int[] {start, i};
        }
        field++;
        start = i + 1;
      }
    }
    return new int[] {start, row.length()};
  }

  private static String cents(double amount) {
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static Region pick(SplittableRandom random, Region[] regions) {
    return regions[random.nextInt(regions.length)];
  }

  private static int pickWeighted(SplittableRandom random, double[] weights) {
    double r = random.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
