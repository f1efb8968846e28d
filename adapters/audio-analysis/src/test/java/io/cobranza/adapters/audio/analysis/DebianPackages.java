package io.cobranza.adapters.audio.analysis;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The Debian packages a reference test runs: where one is missing the test is skipped with a
 * message naming it, so that a newcomer's {@code ./mvnw verify} passes; where {@code .ci/run} set
 * {@value #REQUIRED} (it installs them first) a missing package fails the test, so that CI never
 * skips it.
 */
final class DebianPackages {
  /** The environment variable under which a missing package is a failure, not a skip. */
  static final String REQUIRED = "COBRANZA_REQUIRE_PACKAGES";

  private DebianPackages() {}

  /** Skips (or, under {@value #REQUIRED}, fails) unless every package's command is on the PATH. */
  static void require(String... packages) {
    var missing = Arrays.stream(packages).filter(p -> !onPath(p)).toList();
    if (missing.isEmpty()) {
      return;
    }
    var install = "apt-get install -y " + String.join(" ", missing);
    if (System.getenv(REQUIRED) != null) {
      fail(
          "the Debian packages "
              + missing
              + " are missing ("
              + install
              + "), and "
              + REQUIRED
              + " is set: .ci/run installs them");
    }
    Assumptions.abort(
        "skipped: needs the Debian packages "
            + missing
            + " ("
            + install
            + "; .ci/run installs them)");
  }

  private static boolean onPath(String command) {
    var path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    List<String> dirs = Arrays.asList(path.split(File.pathSeparator));
    return dirs.stream().map(d -> Path.of(d, command)).anyMatch(Files::isExecutable);
  }
}
