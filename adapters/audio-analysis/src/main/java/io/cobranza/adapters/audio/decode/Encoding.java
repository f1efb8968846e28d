package io.cobranza.adapters.audio.decode;

/** How telephony samples are coded. */
public enum Encoding {
  /** Linear PCM, 16 bits, little-endian, signed. */
  PCM_16,
  /** G.711 µ-law, 8 bits (North America, Japan). */
  MU_LAW,
  /** G.711 A-law, 8 bits (Europe and most of the world). */
  A_LAW;

  /** Bytes per sample. */
  public int bytes() {
    return this == PCM_16 ? 2 : 1;
  }
}
