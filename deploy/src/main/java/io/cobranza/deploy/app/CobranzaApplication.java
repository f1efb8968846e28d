package io.cobranza.deploy.app;

import io.cobranza.deploy.database.PlatformDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** The Spring Boot application: wires the adapters into the use cases. */
@SpringBootApplication
public class CobranzaApplication {

  /**
   * Starts the application on a database that is already open and migrated; it runs until the JVM
   * is stopped, and the database is closed with it.
   */
  public static ConfigurableApplicationContext start(PlatformDatabase database, String... args) {
    var app = new SpringApplication(CobranzaApplication.class);
    app.addInitializers(context -> {
      context.getBeanFactory().registerSingleton("platformDatabase", database);
      context.addApplicationListener(event -> {
        if (event instanceof ContextClosedEvent) {
          database.close();
        }
      });
    });
    return app.run(args);
  }
}
