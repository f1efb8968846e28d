package io.cobranza.adapters.audio.decode;

/** G.711 expansion (ITU-T G.711): µ-law and A-law bytes to linear samples, by table. */
final class G711 {
  private G711() {}

  private static final short[] MU = new short[256];
  private static final short[] A = new short[256];

  static {
    for (int i = 0; i < 256; i++) {
      MU[i] = muLaw((byte) i);
      A[i] = aLaw((byte) i);
    }
  }

  /** A µ-law byte as a 16-bit linear sample. */
  static short mu(byte b) {
    return MU[b & 0xFF];
  }

  /** An A-law byte as a 16-bit linear sample. */
  static short a(byte b) {
    return A[b & 0xFF];
  }

  private static short muLaw(byte value) {
    int u = ~value & 0xFF;
    int sign = u & 0x80;
    int exponent = (u >> 4) & 0x07;
    int mantissa = u & 0x0F;
    int magnitude = ((mantissa << 3) + 0x84) << exponent;
    magnitude -= 0x84;
    return (short) (sign != 0 ? -magnitude : magnitude);
  }

  private static short aLaw(byte value) {
    int a = (value ^ 0x55) & 0xFF;
    int sign = a & 0x80;
    int exponent = (a >> 4) & 0x07;
    int mantissa = a & 0x0F;
    int magnitude =
        exponent == 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
    return (short) (sign != 0 ? magnitude : -magnitude);
  }
}
