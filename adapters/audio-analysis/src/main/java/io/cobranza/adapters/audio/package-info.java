/**
 * Call audio analysis (docs/audio.md): telephony recordings are decoded a block at a time (never
 * the whole call in memory), only the debtor's voice is analysed, and the prosody of that voice —
 * voicing, pitch, loudness, rate, pauses — becomes evidence, weak on its own, that a person may be
 * distressed or vulnerable.
 */
@NullMarked
package io.cobranza.adapters.audio;

import org.jspecify.annotations.NullMarked;
