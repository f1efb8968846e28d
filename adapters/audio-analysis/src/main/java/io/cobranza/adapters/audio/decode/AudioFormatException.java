package io.cobranza.adapters.audio.decode;

/** A recording that cannot be read, naming the part that is wrong and why. */
public final class AudioFormatException extends RuntimeException {
  private final String field;

  public AudioFormatException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
  }

  /** What is wrong: {@code header}, {@code sampleRate}, {@code encoding}, {@code data}, ... */
  public String field() {
    return field;
  }
}
