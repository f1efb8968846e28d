package io.cobranza.adapters.documents.portfolio;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 4180 reader over bytes, in constant memory: quoted fields with doubled quotes and line
 * breaks, LF or CRLF (or a lone CR), a UTF-8 byte order mark, blank lines skipped, a last record
 * without a line break. Delimiters are ASCII, so UTF-8 is split safely before decoding each field.
 *
 * <p>Hand-written because it is the import's hot loop: one pass over a reused buffer, one String
 * per field, no regular expressions. A record longer than {@link #MAX_RECORD_BYTES} is read to its
 * end and reported, never held.
 */
final class CsvParser implements Closeable {
  static final int MAX_RECORD_BYTES = 1 << 20;
  static final int MAX_FIELDS = 256;

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private long consumedBefore;
  private byte[] field = new byte[256];
  private int fieldLength;
  private int recordBytes;
  private final String[] fields = new String[MAX_FIELDS];
  private int count;
  private long line = 1;
  private long recordLine;
  private @Nullable String problem;

  CsvParser(InputStream in) throws IOException {
    this.in = in;
    fill();
    if (limit - position >= 3
        && (buffer[0] & 0xFF) == 0xEF
        && (buffer[1] & 0xFF) == 0xBB
        && (buffer[2] & 0xFF) == 0xBF) {
      position = 3;
    }
  }

  /** Reads the next record; false at the end of the input. */
  boolean next() throws IOException {
    int c = read();
    while (c == '\n' || c == '\r') {
      if (c == '\r' && peek() == '\n') {
        position++;
      }
      line++;
      c = read();
    }
    if (c < 0) {
      return false;
    }
    recordLine = line;
    count = 0;
    fieldLength = 0;
    recordBytes = 0;
    problem = null;
    boolean quoted = false;
    boolean closedQuote = false;
    while (true) {
      if (c < 0) {
        if (quoted) {
          problem("a quoted field is not closed before the end of the file");
        }
        endField();
        return true;
      }
      if (quoted) {
        if (c == '"') {
          if (peek() == '"') {
            position++;
            append('"');
          } else {
            quoted = false;
            closedQuote = true;
          }
        } else {
          if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
          }
          append(c);
        }
      } else if (c == ',') {
        endField();
        closedQuote = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          position++;
        }
        line++;
        endField();
        return true;
      } else if (c == '"' && fieldLength == 0 && !closedQuote) {
        quoted = true;
      } else {
        if (closedQuote || c == '"') {
          problem(
              "a quote inside a field that is not quoted as a whole (write \"\" in a quoted field)");
        }
        append(c);
      }
      c = read();
    }
  }

  /** The line where the current record starts. */
  long line() {
    return recordLine;
  }

  /** How many fields the current record has. */
  int count() {
    return count;
  }

  /** A field of the current record. */
  String field(int index) {
    return fields[index];
  }

  /** What is malformed in the current record, or null. */
  @Nullable String problem() {
    return problem;
  }

  /** Bytes consumed so far. */
  long bytesRead() {
    return consumedBefore + position;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private void problem(String text) {
    if (problem == null) {
      problem = text;
    }
  }

  private void append(int c) {
    if (++recordBytes > MAX_RECORD_BYTES) {
      problem("the record is longer than " + MAX_RECORD_BYTES + " bytes");
      return;
    }
    if (fieldLength == field.length) {
      field = Arrays.copyOf(field, field.length * 2);
    }
    field[fieldLength++] = (byte) c;
  }

  private void endField() {
    if (count == MAX_FIELDS) {
      problem("the record has more than " + MAX_FIELDS + " fields");
    } else {
      fields[count++] =
          fieldLength == 0 ? "" : new String(field, 0, fieldLength, StandardCharsets.UTF_8);
    }
    fieldLength = 0;
    if (field.length > 4096) {
      field = new byte[256];
    }
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position] & 0xFF;
  }

  private boolean fill() throws IOException {
    consumedBefore += limit;
    position = 0;
    limit = 0;
    int n = in.readNBytes(buffer, 0, buffer.length);
    limit = Math.max(n, 0);
    return limit > 0;
  }
}
