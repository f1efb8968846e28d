package io.cobranza.deploy.app;

import io.cobranza.deploy.database.PlatformDatabase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@link PlatformStatus} at {@code /status}. */
@RestController
class StatusController {
  private final PlatformDatabase database;
  private final TemporalPlatform temporal;
  private final String recommender;

  StatusController(
      PlatformDatabase database,
      TemporalPlatform temporal,
      @org.springframework.beans.factory.annotation.Value("${cobranza.recommender:first-option}")
          String recommender) {
    this.database = database;
    this.temporal = temporal;
    this.recommender = recommender;
  }

  @GetMapping("/status")
  PlatformStatus status() {
    return PlatformStatus.current(database.description(), temporal.description(), recommender);
  }
}
