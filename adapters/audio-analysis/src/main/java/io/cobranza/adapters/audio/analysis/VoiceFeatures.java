package io.cobranza.adapters.audio.analysis;

/**
 * The prosody of one voice over a stretch of a call (docs/audio.md has the formulas).
 *
 * @param seconds how long the stretch is
 * @param frames analysis frames (10 ms apart)
 * @param voicedFraction voiced frames over all frames
 * @param f0MeanHz mean fundamental frequency of the voiced frames, 0 if none
 * @param f0RangeSemitones from the 5th to the 95th percentile of F0, in semitones
 * @param f0StdSemitones spread of F0 around its median, in semitones
 * @param loudnessDb mean level of the frames with speech, dB re full scale
 * @param speakingRate syllable nuclei per second of speech (pauses left out)
 * @param pauseRatio share of the time between the first and last speech that is a pause
 * @param pauses pauses of at least 250 ms within the speech
 * @param meanPauseSeconds their mean length
 */
public record VoiceFeatures(
    double seconds,
    int frames,
    double voicedFraction,
    double f0MeanHz,
    double f0RangeSemitones,
    double f0StdSemitones,
    double loudnessDb,
    double speakingRate,
    double pauseRatio,
    int pauses,
    double meanPauseSeconds) {}
