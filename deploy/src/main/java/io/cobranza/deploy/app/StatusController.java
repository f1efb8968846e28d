package io.cobranza.deploy.app;

import io.cobranza.deploy.database.PlatformDatabase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@link PlatformStatus} at {@code /status}. */
@RestController
class StatusController {
  private final PlatformDatabase database;

  StatusController(PlatformDatabase database) {
    this.database = database;
  }

  @GetMapping("/status")
  PlatformStatus status() {
    return PlatformStatus.current(database.description());
  }
}
