package io.cobranza.adapters.audio.analysis;

/** A call's analysis opened ({@link CallSession}), or why the call is not analysed. */
public sealed interface CallOpening permits CallSession, CallAnalysis.Refused {}
