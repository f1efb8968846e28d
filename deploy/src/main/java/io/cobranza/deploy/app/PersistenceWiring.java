package io.cobranza.deploy.app;

import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.deploy.database.PlatformDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the PostgreSQL persistence adapter over the platform's database. */
@Configuration(proxyBeanMethods = false)
class PersistenceWiring {
  @Bean
  PersistenceConfiguration persistence(PlatformDatabase database) {
    return new PersistenceConfiguration(database.dataSource());
  }
}
