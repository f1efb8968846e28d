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
  private final TemporalPlatform temporal;
  private final String recommender;

  StartupBanner(
      PlatformDatabase database,
      TemporalPlatform temporal,
      @org.springframework.beans.factory.annotation.Value("${cobranza.recommender:first-option}")
          String recommender) {
    this.database = database;
    this.temporal = temporal;
    this.recommender = recommender;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    int port =
        event.getApplicationContext() instanceof WebServerApplicationContext web
            ? web.getWebServer().getPort()
            : -1;
    var out = System.out;
    out.println();
    if (port > 0) {
      out.println("Cobranza is running on http://localhost:" + port + "  (Ctrl-C stops it)");
      out.println("  status: http://localhost:" + port + "/status");
      out.println("  health: http://localhost:" + port + "/actuator/health");
    } else {
      out.println("Cobranza is running without a web server  (Ctrl-C stops it)");
    }
    for (var part :
        PlatformStatus.current(database.description(), temporal.description(), recommender)
            .parts()) {
      out.printf("  %-32s %-14s %s%n", part.name(), part.state(), part.detail());
    }
    out.println();
  }
}
