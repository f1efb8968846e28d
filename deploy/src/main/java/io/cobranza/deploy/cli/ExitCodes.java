package io.cobranza.deploy.cli;

/**
 * The exit codes scripts can rely on; docs/operators.md lists them. The launcher itself adds 3 when
 * no JDK 25 is found or the build fails.
 */
public final class ExitCodes {
  /** It worked. */
  public static final int OK = 0;

  /** It failed for a reason the message explains (infrastructure, a bug). */
  public static final int FAILED = 1;

  /** The command line was wrong: unknown option, missing argument. */
  public static final int USAGE = 2;

  /** The input was read but is invalid (a protocol with errors, a rejected file). */
  public static final int INVALID_INPUT = 4;

  private ExitCodes() {}
}
