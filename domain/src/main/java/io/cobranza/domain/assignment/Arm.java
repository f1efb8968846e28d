package io.cobranza.domain.assignment;

import java.util.Objects;

/**
 * One arm of a split: a named share of debtors who get one protocol version.
 *
 * <p>Arms are data as written in a policy document and are checked when the policy is validated,
 * not here, so that every error in a document can be listed at once.
 *
 * @param name the arm's name, unique within its split (e.g. {@code champion}, {@code sms-first})
 * @param role champion, challenger or holdout
 * @param protocolId the treatment protocol's id
 * @param protocolVersion the protocol's version, from 1
 * @param basisPoints the arm's share of debtors in hundredths of a percent (10,000 is 100%)
 */
public record Arm(
    String name, ArmRole role, String protocolId, int protocolVersion, int basisPoints) {

  /** Basis points in a whole: the shares of a split add up to this. */
  public static final int WHOLE = 10_000;

  public Arm {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(protocolId, "protocolId");
  }

  /** A champion arm with a share in basis points. */
  public static Arm champion(String name, String protocolId, int version, int basisPoints) {
    return new Arm(name, ArmRole.CHAMPION, protocolId, version, basisPoints);
  }

  /** A challenger arm with a share in basis points. */
  public static Arm challenger(String name, String protocolId, int version, int basisPoints) {
    return new Arm(name, ArmRole.CHALLENGER, protocolId, version, basisPoints);
  }

  /** A holdout arm with a share in basis points, given a baseline protocol. */
  public static Arm holdout(String name, String protocolId, int version, int basisPoints) {
    return new Arm(name, ArmRole.HOLDOUT, protocolId, version, basisPoints);
  }
}
