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
 * @param jitterPercent mean change of the period between consecutive voiced frames, over the mean
 *     period, in percent (a frame-level jitter)
 * @param shimmerPercent the same for the voiced frames' peak amplitude
 * @param hnrDb harmonics-to-noise ratio of the voiced frames, 10·log₁₀(r / (1 − r)) from the
 *     autocorrelation r at the period, averaged
 * @param alphaRatioDb mean alpha ratio of the voiced frames: energy 50–1,000 Hz over 1–5 kHz, dB
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
    double meanPauseSeconds,
    double jitterPercent,
    double shimmerPercent,
    double hnrDb,
    double alphaRatioDb) {}
