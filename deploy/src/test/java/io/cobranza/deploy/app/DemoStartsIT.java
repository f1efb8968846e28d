package io.cobranza.deploy.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.deploy.database.PlatformDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo starts as `cobranza demo` starts it, serves its status and reports healthy, and stores
 * the segmentation it is given for the nightly refresh.
 */
class DemoStartsIT {
  @TempDir static Path dataDir;
  private static ConfigurableApplicationContext context;
  private static int port;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    context =
        CobranzaApplication.start(
            PlatformDatabase.embedded(dataDir, 0),
            "--server.port=0",
            "--cobranza.temporal.port=0",
            "--cobranza.data-dir=" + dataDir,
            "--cobranza.refresh.segmentation-file=../docs/segmentations/default.yaml");
    port = ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void storesTheSegmentationFileForTheRefresh() {
    var stored =
        context
            .getBean(io.cobranza.adapters.persistence.PersistenceConfiguration.class)
            .segmentations()
            .latest("default");
    assertThat(stored).hasValueSatisfying(s -> assertThat(s.segments()).hasSize(6));
  }

  @Test
  void healthIsUp() throws Exception {
    var response = get("/actuator/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void statusSaysWhichPartsAreNotWiredYet() throws Exception {
    var response = get("/status");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("contact gate")
        .contains("embedded PostgreSQL")
        .contains("\"name\":\"workflows (Temporal)\",\"state\":\"READY\"")
        .contains("embedded in-memory server on localhost:")
        .contains("\"name\":\"scoring and segmentation\",\"state\":\"READY\"")
        .contains("\"name\":\"next best action\",\"state\":\"READY\"")
        .contains("the step's first permitted option")
        .contains("NOT_WIRED_YET");
  }
}
