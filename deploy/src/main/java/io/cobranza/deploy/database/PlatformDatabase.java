package io.cobranza.deploy.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL the platform keeps its records in, migrated to the current schema: an external
 * server when a URL is given, else an embedded PostgreSQL whose data stay under the data directory
 * between runs (the embedded default of {@code ./cobranza}).
 */
public final class PlatformDatabase implements AutoCloseable {
  /** The port of the embedded server unless another is asked for. */
  public static final int DEFAULT_EMBEDDED_PORT = 54329;

  /** Connections the pool keeps at most: the workers' threads share them. */
  static final int POOL_SIZE = 16;

  private final HikariDataSource dataSource;
  private final String description;
  private final @Nullable EmbeddedPostgres embedded;

  private PlatformDatabase(
      DataSource dataSource, String description, @Nullable EmbeddedPostgres embedded) {
    var config = new HikariConfig();
    config.setDataSource(dataSource);
    config.setPoolName("cobranza");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    this.dataSource = new HikariDataSource(config);
    this.description = description;
    this.embedded = embedded;
  }

  /** An external server, migrated. */
  public static PlatformDatabase external(String url, String user, @Nullable String password) {
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "--db-url: '" + url + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://host/db)");
    }
    var ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser(user);
    if (password != null) {
      ds.setPassword(password);
    }
    PersistenceConfiguration.migrate(ds);
    return new PlatformDatabase(ds, "PostgreSQL at " + url, null);
  }

  /** The embedded server, its data under {@code dataDir/postgres}, migrated; port 0 picks one. */
  public static PlatformDatabase embedded(Path dataDir, int port) {
    var directory = dataDir.resolve("postgres");
    try {
      Files.createDirectories(directory);
      var builder =
          EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false);
      if (port > 0) {
        builder.setPort(port);
      }
      var server = builder.start();
      try {
        var ds = server.getPostgresDatabase();
        PersistenceConfiguration.migrate(ds);
        return new PlatformDatabase(
            ds,
            "embedded PostgreSQL on port " + server.getPort() + ", data in " + directory,
            server);
      } catch (RuntimeException e) {
        // A server left running would hold the port and the data directory's lock.
        try {
          server.close();
        } catch (IOException closing) {
          e.addSuppressed(closing);
        }
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start the embedded PostgreSQL in "
              + directory
              + " (is another cobranza using it? stop it, or pass --db-url)",
          e);
    }
  }

  /** Where connections come from. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Which database this is, for people. */
  public String description() {
    return description;
  }

  /** Stops the embedded server, if this is one; its data stay. */
  @Override
  public void close() {
    dataSource.close();
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
      }
    }
  }
}
