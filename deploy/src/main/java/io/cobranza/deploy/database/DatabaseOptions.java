package io.cobranza.deploy.database;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The command-line options that choose the platform's database (a picocli mixin). */
public final class DatabaseOptions {
  @Option(
      names = "--db-url",
      description =
          "An external PostgreSQL (jdbc:postgresql://host:5432/db); default: the embedded one.",
      defaultValue = "${env:COBRANZA_DB_URL}")
  String url;

  @Option(
      names = "--db-user",
      description = "The external database's user (default: $COBRANZA_DB_USER or postgres).",
      defaultValue = "${env:COBRANZA_DB_USER:-postgres}")
  String user;

  @Option(
      names = "--data-dir",
      description = "Where the embedded components keep their data (default: ~/.cobranza).")
  Path dataDir = Path.of(System.getProperty("user.home"), ".cobranza");

  @Option(
      names = "--db-port",
      description = "The embedded PostgreSQL's port (default: 54329).",
      defaultValue = "54329")
  int port;

  /** Opens the database these options name; the password comes from $COBRANZA_DB_PASSWORD. */
  public PlatformDatabase open() {
    if (url != null && !url.isBlank()) {
      return PlatformDatabase.external(url, user, System.getenv("COBRANZA_DB_PASSWORD"));
    }
    return PlatformDatabase.embedded(dataDir, port);
  }

  /** The data directory of the embedded components. */
  public Path dataDir() {
    return dataDir;
  }
}
