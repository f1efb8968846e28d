package io.cobranza.deploy.cli;

import io.cobranza.deploy.app.CobranzaApplication;
import io.cobranza.deploy.database.DatabaseOptions;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cobranza demo}: starts the platform with its embedded defaults. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts Cobranza with embedded defaults and serves it on http://localhost:PORT.",
      "Stop it with Ctrl-C."
    })
final class DemoCommand implements Callable<Integer> {
  private static volatile boolean running;

  @Spec CommandSpec spec;

  private int port;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}); 0 picks a free one.")
  void setPort(int value) {
    if (value < 0 || value > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--port: must be between 0 and 65535, was " + value);
    }
    port = value;
  }

  @Option(
      names = "--templates",
      defaultValue = "docs/templates",
      description =
          "The message templates to define at start-up (default: ${DEFAULT-VALUE}); without"
              + " them every written contact is refused, its content unknown.")
  java.nio.file.Path templates;

  @Mixin DatabaseOptions database;

  static boolean isRunning() {
    return running;
  }

  @Override
  public Integer call() {
    var db = database.open();
    var args = new ArrayList<String>();
    args.add("--server.port=" + port);
    args.add("--cobranza.data-dir=" + database.dataDir());
    if (java.nio.file.Files.isDirectory(templates)) {
      args.add("--cobranza.templates.directory=" + templates.toAbsolutePath());
    } else {
      spec.commandLine()
          .getErr()
          .println(
              "cobranza: --templates: "
                  + templates
                  + " is not a directory; no template is defined, so every written contact will"
                  + " be refused until one is");
    }
    CobranzaApplication.start(db, args.toArray(String[]::new));
    running = true;
    return ExitCodes.OK;
  }
}
