package io.cobranza.deploy.app;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@link PlatformStatus} at {@code /status}. */
@RestController
class StatusController {
  @GetMapping("/status")
  PlatformStatus status() {
    return PlatformStatus.current();
  }
}
