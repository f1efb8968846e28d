package io.cobranza.deploy.app;

import io.cobranza.deploy.database.PlatformDatabase;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the platform where it is and which parts are not wired yet. */
@Component
class StartupBanner implements ApplicationListener<ApplicationReadyEvent> {
  private final PlatformDatabase database;

  StartupBanner(PlatformDatabase database) {
    this.database = database;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    int port =
        event.getApplicationContext() instanceof WebServerApplicationContext web
            ? web.getWebServer().getPort()
            : -1;
    var out = System.out;
    out.println();
    out.println("Cobranza is running on http://localhost:" + port + "  (Ctrl-C stops it)");
    out.println("  status: http://localhost:" + port + "/status");
    out.println("  health: http://localhost:" + port + "/actuator/health");
    for (var part : PlatformStatus.current(database.description()).parts()) {
      out.printf("  %-32s %-14s %s%n", part.name(), part.state(), part.detail());
    }
    out.println();
  }
}
