package io.cobranza.domain.assignment;

import io.cobranza.domain.debtor.DebtorId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Places debtors in 10,000 buckets by hashing, so that assignment is uniform across debtors, stable
 * for each, and reproducible anywhere (a notebook, a SQL query) from the seed and the id.
 *
 * <p>The bucket is the first 8 bytes of SHA-256 over the seed (8 bytes, big-endian) followed by the
 * debtor id in UTF-8, read as an unsigned big-endian number, modulo 10,000.
 */
public final class Buckets {
  private Buckets() {}

  /** The debtor's bucket, 0 to 9,999, under the given seed. */
  public static int bucketOf(DebtorId debtor, long seed) {
    var id = debtor.value().getBytes(StandardCharsets.UTF_8);
    var input = ByteBuffer.allocate(Long.BYTES + id.length).putLong(seed).put(id).array();
    long head = ByteBuffer.wrap(sha256().digest(input)).getLong();
    return (int) Long.remainderUnsigned(head, Arm.WHOLE);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
