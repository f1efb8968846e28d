package io.cobranza.deploy.cli;

import io.cobranza.deploy.app.CobranzaApplication;
import io.cobranza.deploy.database.DatabaseOptions;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cobranza worker}: runs the case workflows and their activities against a Temporal server,
 * without the web server, until stopped. Run as many as the load needs; each takes its share of the
 * task queue, and a worker that dies leaves its cases to the others.
 */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the case workflows' worker against a Temporal server (no web server).",
      "Stop it with Ctrl-C; its cases carry on in the other workers."
    })
final class WorkerCommand implements Callable<Integer> {
  @Option(
      names = "--temporal",
      required = true,
      paramLabel = "HOST:PORT",
      description = "The Temporal server the workflows run on.")
  String target;

  @Option(
      names = "--namespace",
      defaultValue = "default",
      description = "The Temporal namespace (default: ${DEFAULT-VALUE}).")
  String namespace;

  @Option(
      names = "--no-reconcile",
      description =
          "Do not first give every open case in the database its workflow back (by default the"
              + " worker does).")
  boolean noReconcile;

  @Option(
      names = "--sticky-queue-timeout",
      defaultValue = "PT5S",
      description =
          "How long a case's next workflow task waits for the worker that has it in memory before"
              + " any worker may take it (ISO-8601, default: ${DEFAULT-VALUE}). PT0S turns sticky"
              + " queues off: needed when the workers share the demo's embedded Temporal server,"
              + " which never hands a killed worker's cases to another worker otherwise.")
  java.time.Duration stickyQueueTimeout;

  @Mixin DatabaseOptions database;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (stickyQueueTimeout.isNegative()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--sticky-queue-timeout: zero or more (PT0S turns sticky queues off), was "
              + stickyQueueTimeout);
    }
    var context =
        CobranzaApplication.start(
            database.open(),
            "--spring.main.web-application-type=none",
            "--cobranza.temporal.target=" + target,
            "--cobranza.temporal.namespace=" + namespace,
            "--cobranza.reconcile.on-start=" + !noReconcile,
            "--cobranza.temporal.sticky-queue-timeout=" + stickyQueueTimeout,
            "--cobranza.data-dir=" + database.dataDir());
    var closed = new CountDownLatch(1);
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    System.out.println("Cobranza worker running on Temporal at " + target + " (Ctrl-C stops it)");
    closed.await();
    return ExitCodes.OK;
  }
}
