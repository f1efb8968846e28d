package io.cobranza.deploy.app;

import io.cobranza.workflows.Payloads;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import java.io.Closeable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Temporal service the platform runs its workflows on: a server at {@code target}, or, when no
 * target is given, the embedded in-memory server (Temporal's test server, bound to a port so that
 * the Temporal CLI can look at it), which lives as long as the process. Closing it closes the
 * connection, then the embedded server.
 */
public final class TemporalPlatform implements Closeable {
  private final TestServer.@Nullable PortBoundTestServer embedded;
  private final WorkflowServiceStubs service;
  private final WorkflowClient client;
  private final String description;

  private TemporalPlatform(
      TestServer.@Nullable PortBoundTestServer embedded,
      WorkflowServiceStubs service,
      String namespace,
      String description) {
    this.embedded = embedded;
    this.service = service;
    this.client =
        WorkflowClient.newInstance(
            service,
            WorkflowClientOptions.newBuilder()
                .setNamespace(namespace)
                .setDataConverter(Payloads.dataConverter())
                .build());
    this.description = description;
  }

  /**
   * The embedded server on {@code requestedPort} (0: a free one); with {@code timeSkipping} its
   * clock jumps to the next timer whenever nothing runs (weeks of a protocol pass in seconds), else
   * it follows the wall clock.
   */
  public static TemporalPlatform embedded(int requestedPort, boolean timeSkipping) {
    int port = requestedPort == 0 ? freePort() : requestedPort;
    var server = TestServer.createPortBoundServer(port, !timeSkipping);
    try {
      var service =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget("localhost:" + port).build());
      return new TemporalPlatform(
          server,
          service,
          "default",
          "embedded in-memory server on localhost:"
              + port
              + (timeSkipping ? ", time skipping" : ", wall-clock time")
              + "; cases lost on restart are restored from PostgreSQL");
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private static int freePort() {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("no free port for the embedded Temporal server", e);
    }
  }

  /** A Temporal server at {@code target} ({@code host:port}), in {@code namespace}. */
  public static TemporalPlatform remote(String target, String namespace) {
    Objects.requireNonNull(target, "target");
    var service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    return new TemporalPlatform(null, service, namespace, target + ", namespace " + namespace);
  }

  public WorkflowClient client() {
    return client;
  }

  /** Where the workflows run, in words. */
  public String description() {
    return description;
  }

  @Override
  public void close() {
    service.shutdown();
    if (embedded != null) {
      embedded.close();
    }
  }
}
