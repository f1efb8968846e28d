package io.cobranza.application.portfolio;

/**
 * The totals of a finished import of one file, kept by the store with its fingerprint.
 *
 * @param accepted accounts written
 * @param rejected rows refused by parsing or validation
 * @param duplicates rows refused by the store because a natural key was taken
 * @param lastLine the file's last line
 */
public record ImportSummary(long accepted, long rejected, long duplicates, long lastLine) {}
