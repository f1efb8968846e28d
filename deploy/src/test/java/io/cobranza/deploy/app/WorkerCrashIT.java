package io.cobranza.deploy.app;

import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.deploy.database.PlatformDatabase;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.fixtures.CaseBuilder;
import io.cobranza.domain.protocol.Resolution;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.workflows.Payloads;
import io.cobranza.workflows.collection.TemporalCaseOrchestrator;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker process is killed ({@code kill -9}) while its cases are mid-protocol against the
 * port-bound Temporal test server; a second worker process picks them up, every case finishes, and
 * no contact is sent twice: each case's contact outbox holds each of its protocol's six contacts
 * exactly once, counted by idempotency key.
 *
 * <p>The workers run with sticky queues off ({@code --sticky-queue-timeout PT0S}): Temporal's test
 * server never expires a sticky queue, so a dead worker's cached workflows would otherwise wait for
 * it forever (docs/operators.md).
 */
class WorkerCrashIT {
  static final int CASES = 12;
  static final int CONTACTS = 6;

  // Kept when the test fails: the workers' logs are in it.
  @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
  Path dataDir;

  /** Every worker process started, destroyed after the test whatever happened. */
  private final List<Process> workers = new ArrayList<>();

  @AfterEach
  void stopWorkers() throws InterruptedException {
    for (var worker : workers) {
      if (worker.isAlive()) {
        worker.destroyForcibly();
        worker.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void aKilledWorkersCasesFinishOnAnotherWorkerWithNoContactSentTwice() throws Exception {
    int pgPort = freePort();
    int temporalPort = freePort();
    assertThat(temporalPort).as("two distinct free ports").isNotEqualTo(pgPort);
    var protocol = sixContactsSecondsApart();
    try (var db = PlatformDatabase.embedded(dataDir, pgPort);
        var server = TestServer.createPortBoundServer(temporalPort, true)) {
      var persistence = new PersistenceConfiguration(db.dataSource());
      persistence.protocols().addVersion(protocol);
      // The shipped templates the protocol names: every contact sends one, rendered for the debtor.
      io.cobranza.adapters.documents.message.TemplateDocuments.readDirectory(
              java.nio.file.Path.of("..", "docs", "templates"),
              io.cobranza.domain.contact.rulebook.StandardRuleBook.create())
          .orElseThrow()
          .forEach(persistence.templates()::addVersion);
      var service =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder()
                  .setTarget("localhost:" + temporalPort)
                  .build());
      try {
        var client =
            WorkflowClient.newInstance(
                service,
                WorkflowClientOptions.newBuilder()
                    .setNamespace("default")
                    .setDataConverter(Payloads.dataConverter())
                    .build());
        var orchestrator = new TemporalCaseOrchestrator(client, persistence.debtors());
        // 13:00 in the debtors' zone whenever the test runs (the offset within -12..+11 hours), so
        // no contact of the next minutes waits for a decent hour.
        int hour = Instant.now().atZone(ZoneOffset.UTC).getHour();
        var zone = ZoneOffset.ofHours(Math.floorMod(13 - hour + 12, 24) - 12);
        var cases = new ArrayList<CaseId>();
        for (int i = 1; i <= CASES; i++) {
          persistence.debtors().save(aDebtor().withId("D-" + i).withTimeZone(zone).build());
          var theCase =
              CaseBuilder.numbered(i).build().assign(null, protocol.id(), protocol.version());
          persistence.cases().save(theCase);
          cases.add(theCase.id());
        }

        var first = worker(temporalPort, pgPort, "first");
        for (var id : cases) {
          assertThat(orchestrator.start(persistence.cases().find(id).orElseThrow(), protocol))
              .isTrue();
        }
        // Mid-protocol: some contacts out, most still to come.
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (outbox(db).values().stream().mapToInt(Integer::intValue).sum() < CASES
            && Instant.now().isBefore(deadline)) {
          Thread.sleep(100);
        }
        int beforeKill = outbox(db).values().stream().mapToInt(Integer::intValue).sum();
        assertThat(beforeKill).as("contacts sent before the kill").isBetween(CASES, CASES * 4);
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye to the server
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("the first worker is dead").isTrue();
        assertThat(first.exitValue()).as("the first worker's exit status (SIGKILL)").isEqualTo(137);

        worker(temporalPort, pgPort, "second");
        deadline = Instant.now().plus(Duration.ofMinutes(3));
        var unfinished = new ArrayList<>(cases);
        while (!unfinished.isEmpty() && Instant.now().isBefore(deadline)) {
          unfinished.removeIf(id -> status(service, id) == completed());
          Thread.sleep(200);
        }
        assertThat(unfinished)
            .as(
                "cases whose workflow did not finish (contacts sent: %s; workers' logs in %s)",
                outbox(db), dataDir)
            .isEmpty();

        assertThat(cases)
            .as("cases closed in PostgreSQL")
            .allSatisfy(
                id -> assertThat(persistence.cases().find(id).orElseThrow().isOpen()).isFalse());
        var sent = outbox(db);
        assertThat(sent).as("contacts per debtor").hasSize(CASES);
        assertThat(sent.values()).as("contacts per debtor").allMatch(n -> n == CONTACTS);
        // Six rows a debtor, under six keys: a contact redone after the kill under another key
        // (a replay that decided differently) would make seven. Each is an attempt once too.
        assertThat(attempts(db)).isEqualTo(sent);
      } finally {
        service.shutdown();
      }
    }
  }

  private static WorkflowExecutionStatus completed() {
    return WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED;
  }

  private static WorkflowExecutionStatus status(WorkflowServiceStubs service, CaseId id) {
    return service
        .blockingStub()
        .describeWorkflowExecution(
            DescribeWorkflowExecutionRequest.newBuilder()
                .setNamespace("default")
                .setExecution(
                    io.temporal.api.common.v1.WorkflowExecution.newBuilder()
                        .setWorkflowId("case-" + id.value()))
                .build())
        .getWorkflowExecutionInfo()
        .getStatus();
  }

  /** Six messages, four seconds apart, then the end: the case goes back to the client. */
  private static TreatmentProtocol sixContactsSecondsApart() {
    var steps = new ArrayList<Step>();
    for (int i = 1; i <= CONTACTS; i++) {
      var channel = i % 2 == 1 ? Channel.SMS : Channel.EMAIL;
      var template = i % 2 == 1 ? "early.reminder.sms" : "early.reminder.email";
      steps.add(Step.Send.of("send-" + i, channel, template, "wait-" + i, Map.of()));
      steps.add(
          new Step.Wait(
              "wait-" + i,
              Duration.ofSeconds(4),
              i == CONTACTS ? "end" : "send-" + (i + 1),
              Map.of()));
    }
    // An end that closes the case, so that its workflow completes.
    steps.add(new Step.End("end", Resolution.RETURNED_TO_CLIENT));
    return TreatmentProtocol.validated(
        "crash-test", 1, "Crash test", "six messages seconds apart", "send-1", steps);
  }

  /** {@code cobranza worker} in its own JVM, its output in the data directory. */
  private Process worker(int temporalPort, int pgPort, String name) throws IOException {
    var log = dataDir.resolve(name + "-worker.log");
    var command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "io.cobranza.deploy.cli.CobranzaCli",
            "worker",
            "--temporal",
            "localhost:" + temporalPort,
            "--no-reconcile",
            "--sticky-queue-timeout",
            "PT0S",
            "--db-url",
            "jdbc:postgresql://localhost:" + pgPort + "/postgres",
            "--data-dir",
            Files.createDirectories(dataDir.resolve(name)).toString());
    var builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // No nightly refresh in a test that may run across 02:00 UTC.
    builder.environment().put("COBRANZA_REFRESH_ENABLED", "false");
    var process = builder.start();
    workers.add(process);
    var deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (process.isAlive() && !running(log) && Instant.now().isBefore(deadline)) {
      sleep(100);
    }
    assertThat(running(log))
        .as("the %s worker is running; its log ends:%n%s", name, tail(log))
        .isTrue();
    return process;
  }

  private static boolean running(Path log) throws IOException {
    return Files.readString(log).contains("Cobranza worker running");
  }

  private static String tail(Path log) throws IOException {
    var lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Outbox rows per debtor. */
  private static Map<String, Integer> outbox(PlatformDatabase db) throws SQLException {
    return perDebtor(db, "select debtor_id, count(*) from contact_outbox group by debtor_id");
  }

  /** Outbound contact attempts per debtor. */
  private static Map<String, Integer> attempts(PlatformDatabase db) throws SQLException {
    return perDebtor(
        db,
        "select debtor_id, count(*) from contact_attempts where direction = 'OUTBOUND'"
            + " group by debtor_id");
  }

  private static Map<String, Integer> perDebtor(PlatformDatabase db, String query)
      throws SQLException {
    var counts = new TreeMap<String, Integer>();
    try (var c = db.dataSource().getConnection();
        var rs = c.createStatement().executeQuery(query)) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getInt(2));
      }
    }
    return counts;
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
