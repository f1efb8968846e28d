package io.cobranza.deploy.app;

import io.cobranza.deploy.database.PlatformDatabase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@link PlatformStatus} at {@code /status}. */
@RestController
class StatusController {
  private final PlatformDatabase database;
  private final TemporalPlatform temporal;

  StatusController(PlatformDatabase database, TemporalPlatform temporal) {
    this.database = database;
    this.temporal = temporal;
  }

  @GetMapping("/status")
  PlatformStatus status() {
    return PlatformStatus.current(database.description(), temporal.description());
  }
}
