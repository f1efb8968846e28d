package io.cobranza.deploy.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring Boot application: wires the adapters into the use cases. */
@SpringBootApplication
public class CobranzaApplication {

  /** Starts the application; it runs until the JVM is stopped. */
  public static ConfigurableApplicationContext start(String... args) {
    var app = new SpringApplication(CobranzaApplication.class);
    return app.run(args);
  }
}
